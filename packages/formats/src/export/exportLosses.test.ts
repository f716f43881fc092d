import { type ArgMap, type ArgNode, createMap, exportControlsExample, type Result } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { findFormat } from '../registry.ts';

/** The phones-sized map of every kind of thing an export may leave out, each counted once or twice. */
function lossyMap(): ArgMap {
  const map = createMap({ title: 'Phones', description: 'A class debate', authors: ['Ana'], language: 'en' });
  const node = (
    id: string,
    extra: Omit<ArgNode, 'id' | 'text' | 'baseScore'> & { baseScore?: number },
  ): ArgNode => ({
    id,
    text: id,
    baseScore: 0.5,
    ...extra,
  });
  map.nodes = map.nodes.batch((w) => {
    w.set('q', node('q', { kind: 'question', notes: 'Asked in week 3', position: { x: 0, y: 0 } }));
    w.set('p', node('p', { kind: 'position', tags: ['main'], collapsed: true, baseScore: 0.8 }));
    w.set('c', node('c', { kind: 'claim', notes: 'Check this', position: { x: 10, y: 90 } }));
    w.set(
      'e',
      node('e', {
        kind: 'evidence',
        baseScore: 0.9,
        evidence: { quote: 'Scores fell.', kind: 'study', source: { speaker: 'OECD', date: '2023' } },
      }),
    );
  });
  map.edges = map.edges.batch((w) => {
    w.set('e1', { id: 'e1', kind: 'supports', source: 'p', target: 'q' });
    w.set('e2', { id: 'e2', kind: 'supports', source: 'c', target: 'p' });
    w.set('e3', { id: 'e3', kind: 'supports', source: 'e', target: 'c' });
  });
  return map;
}

/** The loss warnings (code: message) the format's writer gives for `map`. */
function lossesOf(formatId: string, map: ArgMap): Record<string, string> {
  const written = findFormat(formatId)?.serialize?.(map) as string | Result<string> | undefined;
  if (written === undefined) throw new Error(`${formatId} writes`);
  if (typeof written === 'string') return {};
  return Object.fromEntries(
    written.diagnostics.filter((d) => d.code.endsWith('-dropped')).map((d) => [d.code, d.message]),
  );
}

describe('export-only writers name what they leave out, one warning per kind with a count', () => {
  it('Mermaid keeps only statements and relations', () => {
    expect(lossesOf('mermaid', lossyMap())).toEqual({
      'quotes-dropped': '1 evidence quote left out.',
      'citations-dropped': '1 evidence citation left out.',
      'notes-dropped': '2 notes left out.',
      'scores-dropped': '2 base scores left out.',
      'tags-dropped': '1 tag list left out.',
      'positions-dropped': '2 hand positions on the canvas left out.',
      'collapsed-dropped': '1 collapsed branch shown in full.',
      'meta-dropped': "The map's title, description, authors, language and dates are left out.",
    });
  });

  it('DOT keeps the title as the graph name', () => {
    expect(lossesOf('dot', lossyMap())['meta-dropped']).toBe(
      "The map's description, authors, language and dates are left out.",
    );
  });

  it('SVG keeps hand positions, citations, the title and the description', () => {
    expect(Object.keys(lossesOf('svg', lossyMap())).sort()).toEqual([
      'collapsed-dropped',
      'meta-dropped',
      'notes-dropped',
      'quotes-dropped',
      'scores-dropped',
      'tags-dropped',
    ]);
  });

  it('CSV keeps the evidence and what it bears on, and says what else is gone', () => {
    const losses = lossesOf('csv', lossyMap());
    expect(losses['statements-dropped']).toBe(
      '3 questions, positions and claims not written as rows (they appear only where evidence bears on them).',
    );
    expect(losses['relations-dropped']).toBe('2 relations between statements (or undercut) left out.');
    // The evidence's score is its `credibility` column; only the position's is lost.
    expect(losses['scores-dropped']).toBe('1 base score left out.');
    expect(losses['quotes-dropped']).toBeUndefined();
  });

  it('Markdown keeps the argument, its notes and sources; it leaves out the canvas and the numbers', () => {
    expect(lossesOf('markdown', lossyMap())).toEqual({
      'scores-dropped': '2 base scores left out.',
      'tags-dropped': '1 tag list left out.',
      'positions-dropped': '2 hand positions on the canvas left out.',
      'collapsed-dropped': '1 collapsed branch shown in full.',
      'meta-dropped': "The map's language and dates are left out.",
    });
  });

  it('counts the example map’s evidence and notes as they are', () => {
    const evidence = exportControlsExample.nodes.toArray().filter((n) => n.evidence?.quote).length;
    expect(lossesOf('mermaid', exportControlsExample)['quotes-dropped']).toBe(
      `${evidence} evidence quotes left out.`,
    );
  });

  it('says nothing of what a map does not have', () => {
    const bare = createMap({ title: '' });
    bare.meta = { title: '' };
    for (const id of ['markdown', 'mermaid', 'dot', 'csv', 'svg']) expect(lossesOf(id, bare)).toEqual({});
  });
});
