/**
 * Small hand-built maps for unit tests, made through the public operations so they are valid by
 * construction.
 */
import { createMap } from '../src/model/createMap.ts';
import type { ArgMap, EdgeKind, NodeKind } from '../src/model/types.ts';
import type { Edit } from '../src/operations/edit.ts';
import type { Result } from '../src/result.ts';

/** The value of a result that must have succeeded; fails the test with the diagnostics otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}

/** The map after an edit that must have succeeded. */
export function after(result: Result<Edit>): ArgMap {
  return unwrap(result).map;
}

/**
 * A question `q` with positions `p1` (edge `e-p1-q`, supports) and `p2` (`e-p2-q`, opposes);
 * claim `c1` supports p1 (edge `e-c1-p1`); evidence `ev1` supports c1 (`e-ev1-c1`);
 * claim `c2` undercuts the edge `e-c1-p1` (`u-c2`).
 */
export function smallMap(): ArgMap {
  const map: ArgMap = createMap({ title: 'Chips' }, new Date('2025-02-12T10:00:00Z'));
  const node = (id: string, kind: NodeKind, text: string) => {
    map.nodes = map.nodes.set(id, { id, kind, text, baseScore: 0.5 });
  };
  node('q', 'question', 'Do export controls work?');
  node('p1', 'position', 'Export controls work');
  node('p2', 'position', 'Export controls backfire');
  node('c1', 'claim', 'Chips are scarce in China');
  node('c2', 'claim', 'Smuggling fills the gap');
  map.nodes = map.nodes.set('ev1', {
    id: 'ev1',
    kind: 'evidence',
    text: 'DeepSeek lacks chips',
    baseScore: 0.7,
    evidence: {
      quote: 'Our problem has never been funding',
      kind: 'testimony',
      source: { speaker: 'Liang Wenfeng' },
    },
  });
  const edge = (id: string, kind: EdgeKind, source: string, target: string) => {
    map.edges = map.edges.set(id, { id, kind, source, target });
  };
  edge('e-p1-q', 'supports', 'p1', 'q');
  edge('e-p2-q', 'opposes', 'p2', 'q');
  edge('e-c1-p1', 'supports', 'c1', 'p1');
  edge('e-ev1-c1', 'supports', 'ev1', 'c1');
  edge('u-c2', 'undercuts', 'c2', 'e-c1-p1');
  return map;
}
