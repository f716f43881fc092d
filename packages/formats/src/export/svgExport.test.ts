// @vitest-environment jsdom
import { type ArgNode, exportControlsExample, fromDocument, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSvg, MAX_SVG_NODES } from './svgExport.ts';
import { HOSTILE_TEXTS, schoolPhonesMap } from './testMap.ts';

// The few DOM types the test needs (the package compiles without the DOM library).
interface El {
  tagName: string;
  localName: string;
  textContent: string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  getElementsByTagName(name: string): ArrayLike<El>;
}
interface Doc {
  documentElement: El;
  getElementsByTagName(name: string): ArrayLike<El>;
  querySelectorAll(selector: string): ArrayLike<El>;
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(text: string, type: string): Doc };
};

function render(map = schoolPhonesMap()): string {
  const result = exportSvg(map);
  if (!result.ok) throw new Error('export failed');
  return result.value;
}

function parse(svg: string): Doc {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

function all(doc: Doc, selector: string): El[] {
  return Array.from(doc.querySelectorAll(selector));
}

describe('exportSvg', () => {
  it('draws a well-formed SVG with every node, its kind shown by class and header', () => {
    const doc = parse(render());
    expect(doc.documentElement.localName).toBe('svg');
    expect(all(doc, 'g.node')).toHaveLength(8);
    expect(all(doc, 'g.node.question')).toHaveLength(1);
    expect(all(doc, 'g.node.evidence')).toHaveLength(2);
    const headers = all(doc, 'text.header').map((el) => el.textContent);
    expect(headers).toEqual(expect.arrayContaining(['QUESTION', 'POSITION', 'CLAIM', 'EVIDENCE · STUDY']));
    // Evidence boxes are folded pages (a path), the others rectangles: shape, not only colour.
    expect(all(doc, 'g.node.evidence > path')).toHaveLength(4);
    expect(all(doc, 'g.node.claim > rect')).toHaveLength(3);
  });

  it('draws reasons with arrowheads and +/− badges, undercuts as their own edge', () => {
    const doc = parse(render());
    const paths = all(doc, 'g.edges > path');
    expect(paths).toHaveLength(8);
    for (const path of paths)
      expect(path.getAttribute('marker-end')).toMatch(/^url\(#arrow-(supports|opposes|undercuts)\)$/u);
    const badges = all(doc, 'g.badges text').map((el) => el.textContent);
    expect(badges.filter((b) => b === '+')).toHaveLength(6);
    expect(badges.filter((b) => b === '−')).toHaveLength(1);
    expect(badges.filter((b) => b === 'undercut')).toHaveLength(1);
    expect(paths.filter((p) => p.getAttribute('stroke-dasharray') === '7 4')).toHaveLength(1);
  });

  it('shows the title, a legend and full text in tooltips', () => {
    const doc = parse(render());
    expect(all(doc, 'text.map-title')[0]?.textContent).toBe('Phones in class');
    expect(all(doc, 'text.legend').map((el) => el.textContent)).toContain('+ supports');
    expect(all(doc, 'g.node > title').map((el) => el.textContent)).toContain(
      'claim: Bans are hard to enforce',
    );
  });

  it('keeps <script>, event handlers and javascript: URLs inert', () => {
    const map = schoolPhonesMap(
      Object.fromEntries(HOSTILE_TEXTS.map((text, i) => [['q', 'p1', 'p2', 'c1', 'c2', 'u', 'e1'][i], text])),
    );
    map.meta.title = '</title><script>alert(1)</script>';
    const svg = render(map);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    for (const el of all(doc, '*')) {
      for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on/iu);
    }
    const hrefs = all(doc, 'a').map((el) => el.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.oecd.org/pisa/']);
    // The hostile text is still there, as text the reader can see.
    expect(all(doc, 'text.map-title')[0]?.textContent).toBe('</title><script>alert(1)</script>');
  });

  it('stays well-formed whatever the text, including characters XML forbids (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (text, title) => {
        const map = schoolPhonesMap({ c1: text, q: title });
        map.meta.title = title;
        expect(() => parse(render(map))).not.toThrow();
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('joins children that wrap into columns by lines down the column margin', () => {
    const map = schoolPhonesMap();
    for (let i = 3; i < 40; i++) {
      const id = `e${i}`;
      map.nodes = map.nodes.set(id, { id, kind: 'evidence', text: `More evidence ${id}`, baseScore: 0.5 });
      map.edges = map.edges.set(`to-${id}`, { id: `to-${id}`, kind: 'supports', source: id, target: 'c2' });
    }
    const doc = parse(render(map));
    // Their links leave sideways into the column's margin (a horizontal first step), then run up it.
    const comb = all(doc, 'g.edges > path').filter((p) =>
      /^M[\d.]+ [\d.]+H[\d.]+V/u.test(p.getAttribute('d') ?? ''),
    );
    expect(comb.length).toBeGreaterThanOrEqual(30);
    const svg = doc.documentElement;
    const ratio = Number(svg.getAttribute('width')) / Number(svg.getAttribute('height'));
    expect(ratio).toBeLessThan(3);
  });

  it('renders the example map and warns about edges it cannot draw and its tour', () => {
    const map = { ...exportControlsExample };
    map.edges = map.edges.set('dangling', {
      id: 'dangling',
      kind: 'undercuts',
      source: 'q',
      target: 'no-such-edge',
    });
    const result = exportSvg(map);
    expect(result.ok).toBe(true);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['edge-not-exported', 'tours-dropped']));
    expect(result.diagnostics[0]?.path).toEqual(['edges', 'dangling']);
    if (result.ok) expect(all(parse(result.value), 'g.node')).toHaveLength([...map.nodes.keys()].length);
  });

  it('ignores hand positions of ±1e308, so no Infinity or NaN reaches the picture', () => {
    const doc = toDocument(schoolPhonesMap());
    const [first, second] = Object.values(doc.nodes);
    if (!first || !second) throw new Error('the test map has nodes');
    first.position = { x: 1e308, y: -1e308 };
    second.position = { x: -1e308, y: 5 };
    const svg = exportSvg(fromDocument(doc));
    expect(svg.ok).toBe(true);
    if (!svg.ok) return;
    expect(svg.value).not.toMatch(/Infinity|NaN/u);
    expect(svg.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'svg-position-ignored',
        message: expect.stringMatching(/^2 nodes were placed/u),
      }),
    );
  });

  it('refuses a map above MAX_SVG_NODES at once, saying what to do instead', () => {
    const nodes: Record<string, ArgNode> = {};
    for (let i = 0; i <= MAX_SVG_NODES; i++)
      nodes[`n${i}`] = { id: `n${i}`, kind: 'claim', text: 'x', baseScore: 0.5 };
    const huge = fromDocument({ format: 'argmap', version: 2, meta: { title: 'Huge' }, nodes, edges: {} });
    const svg = exportSvg(huge);
    expect(svg.ok).toBe(false);
    expect(svg.diagnostics[0]).toMatchObject({
      code: 'svg-too-large',
      message: expect.stringContaining('Markdown'),
    });
  });
});
