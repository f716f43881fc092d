import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMermaidLabel, exportMermaid } from './mermaidExport.ts';
import { HOSTILE_TEXTS, schoolPhonesMap } from './testMap.ts';

function output(map = schoolPhonesMap()): string {
  const result = exportMermaid(map);
  if (!result.ok) throw new Error('export failed');
  return result.value;
}

describe('exportMermaid', () => {
  it('draws a bottom-to-top flowchart with a shape and a kind label per node', () => {
    const text = output();
    expect(text.startsWith('flowchart BT\n')).toBe(true);
    expect(text).toContain('n0{{"QUESTION: Should the school ban phones in class?"}}:::question');
    expect(text).toContain('n1(["POSITION: Yes: ban them"]):::position');
    expect(text).toContain('n3["CLAIM: Phones distract students from lessons"]:::claim');
    expect(text).toContain('n6[/"EVIDENCE: Students near devices score lower"/]:::evidence');
  });

  it('labels supports + with an arrow and opposes − with a cross', () => {
    const text = output();
    expect(text).toContain('n1 -->|"+"| n0');
    expect(text).toContain('n4 --x|"−"| n1');
  });

  it('routes an undercut link through a junction the undercutter points at', () => {
    const text = output();
    expect(text).toContain('j0(( )):::junction');
    expect(text).toContain('n3 --- j0');
    expect(text).toContain('j0 -->|"+"| n1');
    expect(text).toContain('n5 -.->|"undercuts"| j0');
  });

  it('leaves out dangling edges with a warning naming them', () => {
    const map = schoolPhonesMap();
    map.edges = map.edges.set('z', { id: 'z', kind: 'supports', source: 'ghost', target: 'q' });
    const result = exportMermaid(map);
    expect(result.diagnostics.filter((d) => d.code === 'edge-not-exported')).toEqual([
      expect.objectContaining({ code: 'edge-not-exported', path: ['edges', 'z'] }),
    ]);
  });

  it('keeps hostile labels inside their quotes', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const line = output(schoolPhonesMap({ q: hostile })).split('\n')[1] ?? '';
      expect(line).toMatch(/^ {2}n0\{\{"QUESTION: [^"<>`]*"\}\}:::question$/u);
    }
  });

  it('escapes with Mermaid entity codes that decode back to the text (property)', { timeout: 30_000 }, () => {
    const decode = (s: string) =>
      s.replace(
        /#(quot|amp|lt|gt|35|96);/gu,
        (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '35': '#', '96': '`' })[name] ?? '',
      );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeMermaidLabel(text);
        expect(escaped).not.toMatch(/["<>`]/u);
        expect(decode(escaped)).toBe(text.replace(/\s+/gu, ' ').trim());
      }),
    );
  });
});
