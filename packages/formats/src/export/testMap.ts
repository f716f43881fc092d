/**
 * A small map with every node and edge kind, a cross-link, an undercut and hostile text, for the
 * exporters' tests (not exported from the package).
 *
 * @module
 */
import { type ArgMap, type ArgNode, createMap, type EdgeKind, type Evidence } from '@argmap/core';

/** Builds the map; `texts` overrides node texts by id. */
export function schoolPhonesMap(texts: Record<string, string> = {}): ArgMap {
  const map = createMap({ title: 'Phones in class', description: 'A small test debate.' }, new Date(0));
  const add = (id: string, kind: ArgNode['kind'], text: string, evidence?: Evidence): void => {
    map.nodes = map.nodes.set(id, {
      id,
      kind,
      text: texts[id] ?? text,
      baseScore: 0.5,
      ...(evidence ? { evidence } : {}),
    });
  };
  const link = (id: string, kind: EdgeKind, source: string, target: string): void => {
    map.edges = map.edges.set(id, { id, kind, source, target });
  };
  add('q', 'question', 'Should the school ban phones in class?');
  add('p1', 'position', 'Yes: ban them');
  add('p2', 'position', 'No: teach responsible use');
  add('c1', 'claim', 'Phones distract students from lessons');
  add('c2', 'claim', 'Bans are hard to enforce');
  add('u', 'claim', 'Distraction does not imply a ban is the best fix');
  add('e1', 'evidence', 'Students near devices score lower', {
    quote: 'Students who were distracted by other students using digital devices scored lower.',
    kind: 'study',
    source: {
      speaker: 'OECD',
      title: 'PISA 2022 Results',
      outlet: 'OECD Publishing',
      date: '2023',
      url: 'https://www.oecd.org/pisa/',
    },
  });
  add('e2', 'evidence', 'Teachers report confiscation fights', {
    quote: 'Confiscating phones starts arguments.',
    kind: 'testimony',
    source: { speaker: 'A teacher', url: 'javascript:alert(1)' },
  });
  link('a', 'supports', 'p1', 'q');
  link('b', 'supports', 'p2', 'q');
  link('c', 'supports', 'c1', 'p1');
  link('d', 'opposes', 'c2', 'p1');
  link('f', 'supports', 'c2', 'p2');
  link('g', 'undercuts', 'u', 'c');
  link('h', 'supports', 'e1', 'c1');
  link('i', 'supports', 'e2', 'c2');
  return map;
}

/** Texts that try to break out of every format's quoting. */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"]; click q call evil()',
  'a "quoted" \\ back\\slash\nnew line',
  '=HYPERLINK("http://evil","x")',
  '# heading * star _under_ [link](http://x) `code` | pipe &amp;',
];
