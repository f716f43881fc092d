/**
 * What a reader owes any input: an answer, not an exception; a map that validates when it says
 * it succeeded; diagnostics with a code and a sentence.
 *
 * @module
 */
import { validateMap } from '@argmap/core';
import { formats } from '../../src/registry.ts';

/** The first broken promise for this input, or undefined if the reader kept them all. */
export function readerProblem(id: string, text: string): string | undefined {
  const format = formats.find((f) => f.id === id);
  if (!format?.parse) return `no reader ${id}`;
  let result: ReturnType<NonNullable<typeof format.parse>>;
  try {
    result = format.parse(text);
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  for (const d of result.diagnostics) {
    if (!d.code || !d.message)
      return `diagnostic without code or message: ${JSON.stringify(d).slice(0, 200)}`;
  }
  if (result.ok) {
    const errors = validateMap(result.value).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return `returned an invalid map: ${errors[0]?.code} ${errors[0]?.message}`;
  } else if (result.diagnostics.every((d) => d.severity !== 'error')) {
    return 'failed without an error diagnostic';
  }
  return undefined;
}
