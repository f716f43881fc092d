import { type ArgMap, type ArgNode, NODE_KINDS, type NodeKind, normalizeText } from '@argmap/core';

/** One search hit: the node and what matched, to show under the result. */
export interface SearchHit {
  node: ArgNode;
  /** Which field matched: "text", "quote", "speaker", "source", "tag" or "kind". */
  field: string;
}

const MAX_HITS = 20;

/**
 * How well a node matches, best first. Its text comes first, and the closer the match the better:
 * the whole text, then its beginning, then the phrase somewhere, then every word somewhere. After
 * text: the quote, then the speaker, the source (outlet, title, role), tags and kind.
 */
const TIER = {
  exact: 0,
  prefix: 1,
  phraseAtWord: 2,
  phrase: 3,
  words: 4,
  quote: 5,
  speaker: 6,
  source: 7,
  tag: 8,
  kind: 9,
} as const;

/** At an equal match, what a student is most likely after: the argument before its evidence. */
const KIND_RANK: Record<NodeKind, number> = { position: 0, claim: 0, question: 1, evidence: 2 };

/**
 * Finds nodes by text, quote, speaker or source, tag (`#tag` or plain) or kind (`kind:evidence`,
 * or just "evidence"). Case- and accent-insensitive; every word of the query must match somewhere
 * in the node. Ranked as a person expects (see {@link TIER}): "Export controls work" finds the
 * position whose text starts with it before the question that merely contains those words; at an
 * equal match positions and claims come before questions and evidence, then the earlier match and
 * the shorter text.
 */
export function searchNodes(map: ArgMap, query: string): SearchHit[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const filters = words.filter(
    (word) => word.startsWith('kind:') || (word.startsWith('#') && word.length > 1),
  );
  const plain = words.filter((word) => !filters.includes(word));
  const phrase = plain.join(' ');
  const hits: { hit: SearchHit; tier: number; at: number }[] = [];
  for (const node of map.nodes.toArray()) {
    if (!filters.every((filter) => passes(node, filter))) continue;
    const scored =
      plain.length > 0
        ? score(node, phrase, plain)
        : { tier: filterTier(filters), field: filterField(filters), at: 0 };
    if (scored) hits.push({ hit: { node, field: scored.field }, tier: scored.tier, at: scored.at });
  }
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      KIND_RANK[a.hit.node.kind] - KIND_RANK[b.hit.node.kind] ||
      a.at - b.at ||
      a.hit.node.text.length - b.hit.node.text.length ||
      a.hit.node.text.localeCompare(b.hit.node.text),
  );
  return hits.slice(0, MAX_HITS).map(({ hit }) => hit);
}

function passes(node: ArgNode, filter: string): boolean {
  if (filter.startsWith('kind:')) return node.kind === filter.slice(5);
  const tag = filter.slice(1);
  return node.tags?.some((t) => normalizeText(t).includes(tag)) ?? false;
}

const filterTier = (filters: string[]) => (filters.some((f) => f.startsWith('#')) ? TIER.tag : TIER.kind);
const filterField = (filters: string[]) => (filters.some((f) => f.startsWith('#')) ? 'tag' : 'kind');

/** The best tier at which the node matches the query's plain words, or undefined. */
function score(node: ArgNode, phrase: string, words: string[]) {
  const text = normalizeText(node.text);
  if (text === phrase) return { tier: TIER.exact, field: 'text', at: 0 };
  if (text.startsWith(phrase)) return { tier: TIER.prefix, field: 'text', at: 0 };
  const at = text.indexOf(phrase);
  if (at >= 0) {
    const atWord = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
    return { tier: atWord ? TIER.phraseAtWord : TIER.phrase, field: 'text', at };
  }
  const fields = fieldsOf(node);
  let worst: keyof typeof TIER = 'words';
  for (const word of words) {
    const field = (Object.keys(fields) as (keyof typeof fields)[]).find((name) =>
      // A kind matches only as a whole word: "e" is not a search for evidence.
      name === 'kind' ? fields.kind === word : fields[name].includes(word),
    );
    if (!field) return undefined;
    if (TIER[field] > TIER[worst]) worst = field;
  }
  return { tier: TIER[worst], field: worst === 'words' ? 'text' : worst, at: 0 };
}

/** A node's searchable fields, normalised, in the order a match in them counts. */
function fieldsOf(node: ArgNode): Record<'words' | 'quote' | 'speaker' | 'source' | 'tag' | 'kind', string> {
  const source = node.evidence?.source;
  return {
    words: normalizeText(node.text),
    quote: normalizeText(node.evidence?.quote ?? ''),
    speaker: normalizeText(source?.speaker ?? ''),
    source: normalizeText([source?.outlet, source?.title, source?.role].filter(Boolean).join(' ')),
    tag: normalizeText((node.tags ?? []).join(' ')),
    kind: (NODE_KINDS as readonly NodeKind[]).includes(node.kind) ? node.kind : '',
  };
}
