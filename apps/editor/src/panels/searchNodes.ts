import { type ArgMap, type ArgNode, NODE_KINDS, type NodeKind } from '@argmap/core';

/** One search hit: the node and what matched, to show under the result. */
export interface SearchHit {
  node: ArgNode;
  /** Which field matched: "text", "speaker", "tag", "kind", "quote", "source". */
  field: string;
}

const MAX_HITS = 20;

/**
 * Finds nodes by text, quote, speaker or source, tag (`#tag` or plain) or kind (`kind:evidence`,
 * or just "evidence"). Case-insensitive; every word of the query must match somewhere in the node.
 * Text matches rank first, then speakers, tags and kinds.
 */
export function searchNodes(map: ArgMap, query: string): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: (SearchHit & { rank: number })[] = [];
  for (const node of map.nodes.toArray()) {
    let best: { field: string; rank: number } | undefined;
    let all = true;
    for (const word of words) {
      const found = matchWord(node, word);
      if (!found) {
        all = false;
        break;
      }
      if (!best || found.rank < best.rank) best = found;
    }
    if (all && best) hits.push({ node, field: best.field, rank: best.rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.node.text.localeCompare(b.node.text));
  return hits.slice(0, MAX_HITS).map(({ node, field }) => ({ node, field }));
}

function matchWord(node: ArgNode, word: string): { field: string; rank: number } | undefined {
  if (word.startsWith('kind:')) return node.kind === word.slice(5) ? { field: 'kind', rank: 3 } : undefined;
  if (word.startsWith('#')) {
    const tag = word.slice(1);
    return node.tags?.some((t) => t.toLowerCase().includes(tag)) ? { field: 'tag', rank: 2 } : undefined;
  }
  if (node.text.toLowerCase().includes(word)) return { field: 'text', rank: 0 };
  const source = node.evidence?.source;
  if (source?.speaker?.toLowerCase().includes(word)) return { field: 'speaker', rank: 1 };
  if (node.tags?.some((tag) => tag.toLowerCase().includes(word))) return { field: 'tag', rank: 2 };
  if (NODE_KINDS.includes(word as NodeKind) && node.kind === word) return { field: 'kind', rank: 3 };
  if (node.evidence?.quote.toLowerCase().includes(word)) return { field: 'quote', rank: 4 };
  const where = [source?.outlet, source?.title, source?.role].filter(Boolean).join(' ').toLowerCase();
  if (where.includes(word)) return { field: 'source', rank: 5 };
  return undefined;
}
