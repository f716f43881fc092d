import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../document/parse.ts';
import { serializeMap } from '../document/serialize.ts';
import { validateMap } from '../document/validate.ts';
import { toDocument } from '../model/document.ts';
import type { ArgEdge, ArgNode, Source } from '../model/types.ts';
import { EVIDENCE_KINDS } from '../model/types.ts';
import { checkTours, nodesNotInTour } from '../tours/checkTour.ts';
import { exportControlsExample as map } from './exportControls.ts';

/**
 * The four articles the map quotes, copied byte for byte from the project's seed folder into
 * `packages/core/examples/sources/`, keyed by the outlet (or, for the blog repost that names no
 * outlet, the title) that evidence nodes give as their source.
 */
const ARTICLE_FILES: Record<string, string> = {
  EPICSTORIAN: '01-epicstorian-export-controls-accelerating.txt',
  LionHerald: '02-lionherald-cracks-in-the-firewall.txt',
  "US Export Controls May Have Unintentionally Boosted DeepSeek's AI Growth, Raising Concerns in Washington":
    '03-export-controls-boosted-deepseek.txt',
  'China Digital Times': '04-cdt-deepseek-debate-roundup.txt',
};

const SOURCES_DIR = new URL('../../examples/sources/', import.meta.url);

function articleFile(source: Source): string | undefined {
  return ARTICLE_FILES[source.outlet ?? ''] ?? ARTICLE_FILES[source.title ?? ''];
}

function readArticle(file: string): string {
  return readFileSync(new URL(file, SOURCES_DIR), 'utf8');
}

/**
 * Whether `quote` is a contiguous excerpt of `article`. Deliberately no normalisation at all, not
 * even of whitespace or curly vs straight quotes: the articles mix both styles (article 03 writes
 * "DeepSeek's" in its title and "DeepSeek’s" in its body), and a quote must copy the exact
 * characters of the passage it comes from.
 */
function isVerbatim(quote: string, article: string): boolean {
  return quote.trim().length > 0 && article.includes(quote);
}

const nodes: ArgNode[] = map.nodes.toArray();
const edges: ArgEdge[] = map.edges.toArray();
const evidence = nodes.filter((node) => node.kind === 'evidence');

describe('the export controls example map: sources', () => {
  it('has at least 24 evidence nodes, each with a quote, a known kind, a speaker and a title or outlet', () => {
    expect(evidence.length).toBeGreaterThanOrEqual(24);
    for (const node of evidence) {
      const ev = node.evidence;
      expect(ev, node.id).toBeDefined();
      expect(EVIDENCE_KINDS, node.id).toContain(ev?.kind);
      expect(ev?.source.speaker?.trim(), node.id).toBeTruthy();
      expect(ev?.source.title ?? ev?.source.outlet, node.id).toBeTruthy();
    }
  });

  it('quotes every piece of evidence verbatim from the article its source names', () => {
    for (const node of evidence) {
      const source = node.evidence?.source ?? {};
      const file = articleFile(source);
      expect(file, `${node.id}: no article for outlet/title`).toBeDefined();
      if (file === undefined) continue;
      expect(isVerbatim(node.evidence?.quote ?? '', readArticle(file)), `${node.id} in ${file}`).toBe(true);
    }
  });

  it('rejects a quote that differs from the article by a single apostrophe', () => {
    const article = readArticle('04-cdt-deepseek-debate-roundup.txt');
    const quote = 'DeepSeek’s success illustrates how sanctions, while disruptive,';
    expect(isVerbatim(quote, article)).toBe(true);
    expect(isVerbatim(quote.replace('’', "'"), article)).toBe(false);
    expect(isVerbatim('', article)).toBe(false);
  });

  it('cites each article with one consistent title, outlet and date, and the title as printed', () => {
    const citations = new Map<string, string>();
    for (const node of evidence) {
      const { title, outlet, date } = node.evidence?.source ?? {};
      const file = articleFile(node.evidence?.source ?? {}) ?? '';
      const citation = JSON.stringify({ title, outlet, date });
      expect(citations.get(file) ?? citation, node.id).toBe(citation);
      citations.set(file, citation);
      if (title !== undefined) expect(readArticle(file), node.id).toContain(title);
    }
  });

  it('draws at least four pieces of evidence from each of the four articles', () => {
    const perFile = new Map<string, number>();
    for (const node of evidence) {
      const file = articleFile(node.evidence?.source ?? {}) ?? '';
      perFile.set(file, (perFile.get(file) ?? 0) + 1);
    }
    for (const file of Object.values(ARTICLE_FILES)) {
      expect(perFile.get(file) ?? 0, file).toBeGreaterThanOrEqual(4);
    }
  });

  it('quotes each speaker the seed README names', () => {
    const speakers = evidence.map((node) => node.evidence?.source.speaker ?? '').join(' | ');
    const named = ['Amodei', 'Heim', 'Ball', 'Kennedy', 'Villasenor', 'Marcus', 'Ding', 'Sheehan', 'Lee'];
    for (const name of [...named, 'Andreessen', 'Sonnenfeld', 'Wang', 'Hogan']) {
      expect(speakers, name).toContain(name);
    }
  });

  it('never quotes the same passage twice and weighs credibility case by case', () => {
    const quotes = evidence.map((node) => node.evidence?.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
    const scores = new Set(evidence.map((node) => node.baseScore));
    expect(scores.size).toBeGreaterThan(3);
    for (const node of nodes) {
      expect(node.baseScore, node.id).toBeGreaterThanOrEqual(0);
      expect(node.baseScore, node.id).toBeLessThanOrEqual(1);
    }
  });
});

describe('the export controls example map: structure', () => {
  it('asks one question and answers it with the four positions of the debate', () => {
    expect(nodes.filter((node) => node.kind === 'question').map((node) => node.id)).toEqual(['q']);
    const positions = nodes.filter((node) => node.kind === 'position').map((node) => node.text);
    for (const start of [
      'Export controls work',
      'Export controls backfire',
      'Sputnik moment',
      'Potemkin moment',
    ]) {
      expect(
        positions.some((text) => text.startsWith(start)),
        start,
      ).toBe(true);
    }
  });

  it('keys every node and edge by its id and gives quotes to evidence only', () => {
    for (const [key, node] of [...map.nodes.entries()]) {
      expect(node.id).toBe(key);
      expect(node.evidence !== undefined, key).toBe(node.kind === 'evidence');
      expect(node.position, `${key} should be laid out by the editor`).toBeUndefined();
    }
    for (const [key, edge] of [...map.edges.entries()]) expect(edge.id).toBe(key);
  });

  it('has no dangling edges, no self-loops and no duplicate edges', () => {
    const pairs = new Set<string>();
    for (const edge of edges) {
      expect(map.nodes.get(edge.source), `${edge.id} source`).toBeDefined();
      if (edge.kind === 'undercuts') {
        expect(['supports', 'opposes'], `${edge.id} attacks an inference`).toContain(
          map.edges.get(edge.target)?.kind,
        );
      } else {
        expect(map.nodes.get(edge.target), `${edge.id} target`).toBeDefined();
      }
      expect(edge.source, edge.id).not.toBe(edge.target);
      const pair = `${edge.source} -> ${edge.target}`;
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
    }
  });

  it('reads as a tree from the question down: every node leads to the question', () => {
    const leadsToQuestion = new Set(['q']);
    // An undercut leads wherever the inference it attacks leads.
    const targetNode = (edge: ArgEdge) =>
      edge.kind === 'undercuts' ? map.edges.get(edge.target)?.target : edge.target;
    let grew = true;
    while (grew) {
      grew = false;
      for (const edge of edges) {
        const target = targetNode(edge);
        if (target !== undefined && leadsToQuestion.has(target) && !leadsToQuestion.has(edge.source)) {
          leadsToQuestion.add(edge.source);
          grew = true;
        }
      }
    }
    expect(nodes.map((node) => node.id).filter((id) => !leadsToQuestion.has(id))).toEqual([]);
  });

  it('puts claims between positions and evidence instead of a star of quotes on one node', () => {
    const claims = nodes.filter((node) => node.kind === 'claim');
    expect(claims.length).toBeGreaterThanOrEqual(12);
    const evidenceUnder = new Map<string, number>();
    for (const edge of edges) {
      if (map.nodes.get(edge.source)?.kind !== 'evidence') continue;
      evidenceUnder.set(edge.target, (evidenceUnder.get(edge.target) ?? 0) + 1);
    }
    for (const [target, count] of evidenceUnder) expect(count, target).toBeLessThanOrEqual(5);
    const onClaims = evidence.filter((node) =>
      edges.some((edge) => edge.source === node.id && map.nodes.get(edge.target)?.kind === 'claim'),
    );
    expect(onClaims.length / evidence.length).toBeGreaterThan(0.9);
  });

  it('uses every kind of edge, including undercuts ("true, but it does not follow")', () => {
    const kinds = new Set(edges.map((edge) => edge.kind));
    expect([...kinds].sort()).toEqual(['opposes', 'supports', 'undercuts']);
  });
});

describe('the export controls example map: tour', () => {
  it('ships a clean lesson-sized tour that starts at the question and ends on the verdict', () => {
    expect(checkTours(map)).toEqual([]);
    const tour = map.tours?.[0];
    expect(tour?.steps[0]?.nodes).toEqual(['q']);
    expect(tour?.steps.length).toBeGreaterThanOrEqual(5);
    expect(tour?.steps.length).toBeLessThanOrEqual(12);
    const answers = map.nodes
      .toArray()
      .filter((node) => node.kind === 'question' || node.kind === 'position');
    expect(tour?.steps.at(-1)?.nodes).toEqual(answers.map((node) => node.id));
    // Small enough for a projector at 28 px (e2e/present.spec.ts measures it): never the whole map.
    for (const step of tour?.steps ?? []) expect(step.nodes.length).toBeLessThanOrEqual(6);
    // No answer is left out.
    if (tour) expect(nodesNotInTour(map, tour).filter((id) => answers.some((n) => n.id === id))).toEqual([]);
  });
});

describe('the export controls example map: file format', () => {
  it('is a valid document, without a single warning', () => {
    expect(validateMap(structuredClone(toDocument(map)))).toEqual({ ok: true, value: map, diagnostics: [] });
  });

  it('reads from its file and round-trips through JSON unchanged', () => {
    const file = readFileSync(new URL('./export-controls.argmap.json', import.meta.url), 'utf8');
    const read = parseMap(file);
    expect(read).toEqual({ ok: true, value: map, diagnostics: [] });
    if (!read.ok) return;
    expect(parseMap(serializeMap(read.value))).toEqual({ ok: true, value: map, diagnostics: [] });
  });
});
