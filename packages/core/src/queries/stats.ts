/**
 * Summary numbers for a map, for a sidebar or a teacher's overview: how many of each kind, how
 * well each position is backed by evidence, and which evidence cannot be traced to a source.
 *
 * @module
 */

import { mapOrThrow } from '../model/mapInput.ts';
import {
  type ArgMap,
  type ArgMapDocument,
  EDGE_KINDS,
  type EdgeKind,
  NODE_KINDS,
  type NodeKind,
} from '../model/types.ts';
import { evidenceBeneath } from './evidence.ts';
import { orphans } from './structure.ts';

/** How much evidence lies beneath one position. */
export interface PositionEvidence {
  id: string;
  text: string;
  /** Evidence nodes beneath it in total. */
  evidence: number;
  /** Of those, the ones arguing for it, and against it. */
  for: number;
  against: number;
}

/** Summary numbers for a map. */
export interface MapStats {
  nodes: Record<NodeKind, number>;
  edges: Record<EdgeKind, number>;
  /** One entry per position, in map order. */
  evidencePerPosition: PositionEvidence[];
  /** Ids of evidence nodes whose source has no URL, title or outlet: nothing to check the quote against. */
  unsourcedEvidence: string[];
  /** Ids of evidence nodes with an empty quote. */
  unquotedEvidence: string[];
  /** Ids of nodes without any edge. */
  orphans: string[];
}

/** Counts and checks over the whole map. */
export function mapStats(given: ArgMap | ArgMapDocument): MapStats {
  const map = mapOrThrow(given);
  const nodes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const edges = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, 0])) as Record<EdgeKind, number>;
  const unsourcedEvidence: string[] = [];
  const unquotedEvidence: string[] = [];
  const evidencePerPosition: PositionEvidence[] = [];
  for (const node of map.nodes.toArray()) {
    nodes[node.kind] += 1;
    if (node.kind === 'position') {
      const beneath = evidenceBeneath(map, node.id);
      const backing = beneath.filter((item) => item.stance === 'for').length;
      evidencePerPosition.push({
        id: node.id,
        text: node.text,
        evidence: beneath.length,
        for: backing,
        against: beneath.length - backing,
      });
    }
    if (node.kind === 'evidence') {
      const source = node.evidence?.source ?? {};
      if (!source.url && !source.title && !source.outlet) unsourcedEvidence.push(node.id);
      if (!node.evidence?.quote.trim()) unquotedEvidence.push(node.id);
    }
  }
  for (const edge of map.edges.toArray()) edges[edge.kind] += 1;
  return {
    nodes,
    edges,
    evidencePerPosition,
    unsourcedEvidence,
    unquotedEvidence,
    orphans: orphans(map).map((node) => node.id),
  };
}
