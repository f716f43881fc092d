import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDot, exportDot } from './dotExport.ts';
import { HOSTILE_TEXTS, schoolPhonesMap } from './testMap.ts';

function output(map = schoolPhonesMap()): string {
  const result = exportDot(map);
  if (!result.ok) throw new Error('export failed');
  return result.value;
}

// Reads the DOT double-quoted strings back, the way Graphviz's lexer does: a quote ends the string
// unless a backslash precedes it.
function quotedStrings(dot: string): string[] {
  return [...dot.matchAll(/"((?:[^"\\]|\\.)*)"/gsu)].map((match) => match[1] ?? '');
}

describe('exportDot', () => {
  it('writes a bottom-to-top digraph with quoted ids, shapes and kind labels', () => {
    const dot = output();
    expect(dot.startsWith('digraph "Phones in class" {\n  rankdir=BT;\n')).toBe(true);
    expect(dot).toContain('"q" [label="QUESTION\\nShould the school ban phones in\\nclass?", shape=hexagon');
    expect(dot).toContain('"e1" [label="EVIDENCE\\nStudents near devices score\\nlower", shape=note');
    expect(dot.trimEnd().endsWith('}')).toBe(true);
  });

  it('labels supports + and opposes − (dashed, bar arrowhead)', () => {
    const dot = output();
    expect(dot).toContain('"p1" -> "q" [label="+"');
    expect(dot).toContain('"c2" -> "p1" [label="−", style=dashed, arrowhead=tee');
  });

  it('draws an undercut to a point node on the link it attacks', () => {
    const dot = output();
    expect(dot).toContain('"link:c" [shape=point');
    expect(dot).toContain('"c1" -> "link:c" [arrowhead=none');
    expect(dot).toContain('"link:c" -> "p1" [label="+"');
    expect(dot).toContain('"u" -> "link:c" [label="undercuts", style=dotted');
  });

  it('never lets a junction id collide with a node id', () => {
    const map = schoolPhonesMap();
    map.nodes = map.nodes.set('link:c', { id: 'link:c', kind: 'claim', text: 'Odd id', baseScore: 0.5 });
    expect(output(map)).toContain('"u" -> "link:c\'" [label="undercuts"');
  });

  it('keeps hostile text and ids inside their quotes', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const map = schoolPhonesMap({ q: hostile });
      map.nodes = map.nodes.set(hostile, { id: hostile, kind: 'claim', text: hostile, baseScore: 0.5 });
      const dot = output(map);
      // Outside quoted strings only DOT syntax remains.
      const outside = dot.replace(/"((?:[^"\\]|\\.)*)"/gsu, 'S');
      expect(outside.replace(/->/gu, '')).not.toMatch(/[<>]|alert|script/u);
      expect(quotedStrings(dot)).toContain(escapeDot(hostile));
    }
  });

  it('escapes so that Graphviz reads back the same text (property)', { timeout: 30_000 }, () => {
    const unescapeDot = (s: string) => s.replace(/\\(.)/gsu, (_, c: string) => (c === 'n' ? '\n' : c));
    fc.assert(
      fc.property(fc.string(), (text) => {
        const normalised = text.replace(/\r\n|\r/gu, '\n');
        const escaped = escapeDot(text);
        expect(quotedStrings(`"${escaped}"`)).toEqual([escaped]);
        expect(unescapeDot(escaped)).toBe(normalised);
      }),
    );
  });
});
