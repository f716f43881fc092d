/**
 * Every adapter's `serialize` takes what JavaScript callers hand it: a map, or the plain document
 * `JSON.parse` gives, which is validated first (a writer trusts the core's rules: a title that is
 * a string, nodes that are objects); anything else comes back as a `not-a-map` error value
 * instead of a `TypeError` from deep inside a writer.
 *
 * @module
 */
import { type ArgMap, mapInput, type Result, Table, validateMap } from '@argmap/core';

/** `write`, guarded: documents are validated and read as maps, anything else is a failure. */
export function mapSerializer(
  write: (map: ArgMap) => string | Result<string>,
): (map: ArgMap) => string | Result<string> {
  return (given) => {
    const map = mapInput(given);
    if (!map.ok) return map;
    // Tables come from the core, which only ever builds valid maps; records are anyone's.
    if (given.nodes instanceof Table && given.edges instanceof Table) return write(map.value);
    const valid = validateMap(given);
    return valid.ok ? write(valid.value) : valid;
  };
}
