/**
 * The Kialo reader against a model of what it should read: fast-check builds a discussion (a tree
 * of Pro/Con claims with Markdown escapes, multi-line text and `-> See` links), writes it as a
 * Kialo export, and the map must hold exactly the claims and relations the model says, with no
 * warning but for the relations the core cannot hold. It pins the reader's results while its
 * inside is tuned for speed (one pass, no per-line tables).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKialo } from './kialoFormat.ts';

interface ModelClaim {
  number: string;
  /** The parent claim's number; none for the thesis. */
  parent?: string;
  stance: 'Pro' | 'Con';
  /** The text the node must hold; unused for links. */
  text: string;
  /** `-> See` this claim's number instead of text (links have no children). */
  link?: string;
}

const WORD = fc.stringMatching(/^[A-Za-z0-9*_#()!?.,'’ é-]{1,12}$/u);
// A claim's text: words, sometimes on two lines; never a line that could start a claim or a link.
const TEXT = fc
  .tuple(fc.array(WORD, { minLength: 1, maxLength: 4 }), fc.option(WORD, { nil: undefined }))
  .map(([words, next]) => {
    const first = `T${words.join(' ')}`.trim();
    return next === undefined ? first : `${first}\nand ${next}`.trim();
  });

/** Kialo's export escapes Markdown characters with a backslash. */
const escapeKialo = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|>~<]/gu, (c) => `\\${c}`);

const DISCUSSION = fc
  .array(
    fc.record({
      parent: fc.nat(),
      stance: fc.constantFrom('Pro' as const, 'Con' as const),
      text: TEXT,
      link: fc.option(fc.nat(), { nil: undefined, freq: 5 }),
    }),
    { maxLength: 40 },
  )
  .chain((steps) => fc.tuple(fc.constant(steps), TEXT, fc.boolean()))
  .map(([steps, thesisText, question]) => {
    const claims: ModelClaim[] = [
      { number: '1', stance: 'Pro', text: question ? `${thesisText}?` : thesisText },
    ];
    const children = new Map<string, number>();
    for (const step of steps) {
      const hosts = claims.filter((claim) => claim.link === undefined);
      const parent = hosts[step.parent % hosts.length] as ModelClaim;
      const index = (children.get(parent.number) ?? 0) + 1;
      children.set(parent.number, index);
      claims.push({
        number: `${parent.number}.${index}`,
        parent: parent.number,
        stance: step.stance,
        text: step.text,
      });
      if (step.link !== undefined) (claims.at(-1) as ModelClaim).link = String(step.link);
    }
    // A link points at a claim with text, anywhere in the discussion (also after it).
    const targets = claims.filter((claim) => claim.link === undefined);
    for (const claim of claims)
      if (claim.link !== undefined)
        claim.link = (targets[Number(claim.link) % targets.length] as ModelClaim).number;
    return claims;
  });

function exportText(claims: readonly ModelClaim[]): string {
  const lines = ['Discussion Title: A generated discussion', ''];
  for (const claim of claims) {
    const stance = claim.parent === undefined ? '' : `${claim.stance}: `;
    const body = claim.link !== undefined ? `-> See ${claim.link}.` : escapeKialo(claim.text);
    lines.push(`${claim.number}. ${stance}${body}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The relations the model implies, in the order the reader adds them (claims, then links). */
function expectedRelations(claims: readonly ModelClaim[]): { relations: string[]; skipped: number } {
  const relations: string[] = [];
  const pairs = new Set<string>();
  let skipped = 0;
  const add = (source: string, target: string, stance: 'Pro' | 'Con') => {
    const kind = stance === 'Con' ? 'opposes' : 'supports';
    // The core keeps one relation per pair, and a statement cannot support itself.
    if (pairs.has(`${source} ${target}`) || (source === target && kind === 'supports')) {
      skipped++;
      return;
    }
    pairs.add(`${source} ${target}`);
    relations.push(`e${relations.length + 1} ${source} ${kind} ${target}`);
  };
  for (const claim of claims)
    if (claim.link === undefined && claim.parent !== undefined) add(claim.number, claim.parent, claim.stance);
  for (const claim of claims)
    if (claim.link !== undefined && claim.parent !== undefined) add(claim.link, claim.parent, claim.stance);
  return { relations, skipped };
}

describe('parseKialo against a model of the discussion', () => {
  it('reads every claim, its kind, its text and its relations, and warns only about relations it cannot keep', () => {
    fc.assert(
      fc.property(DISCUSSION, (claims) => {
        const read = parseKialo(exportText(claims), { now: new Date(0) });
        if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
        const map = read.value;
        const withText = claims.filter((claim) => claim.link === undefined);
        expect(map.meta.title).toBe('A generated discussion');
        expect(map.nodes.size).toBe(withText.length);
        for (const claim of withText) {
          const parent = claims.find((c) => c.number === claim.parent);
          const kind =
            parent === undefined
              ? claim.text.endsWith('?')
                ? 'question'
                : 'position'
              : parent.parent === undefined && parent.text.endsWith('?')
                ? 'position'
                : 'claim';
          expect(map.nodes.get(claim.number)).toEqual({
            id: claim.number,
            kind,
            text: claim.text,
            baseScore: 0.5,
          });
        }
        const { relations, skipped } = expectedRelations(claims);
        expect(map.edges.toArray().map((e) => `${e.id} ${e.source} ${e.kind} ${e.target}`)).toEqual(
          relations,
        );
        expect(read.diagnostics.length).toBe(skipped);
        for (const warning of read.diagnostics)
          expect(['duplicate-relation', 'self-relation']).toContain(warning.code);
      }),
      { numRuns: 200 },
    );
  });
});
