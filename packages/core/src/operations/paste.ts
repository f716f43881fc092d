/**
 * Copy and paste of part of a map. A copied subgraph is plain JSON (it may sit on the system
 * clipboard), so pasting treats it as untrusted input: bad nodes are refused, edges that cannot
 * be kept are dropped with a warning, and everything gets fresh ids.
 *
 * @module
 */

import { castDraft } from 'immer';
import { freshId, randomIds } from '../model/ids.ts';
import type { ArgEdge, ArgMap, ArgNode, Point } from '../model/types.ts';
import { DEFAULT_BASE_SCORE } from '../model/types.ts';
import type { Diagnostic, Result } from '../result.ts';
import { fail, ok } from '../result.ts';
import { type Edit, type EditOptions, makeEdit, refuse } from './edit.ts';
import { checkEdgeKind, checkNodeKind, checkString } from './input.ts';
import { checkNodeChanges, newEvidence, writeNodeChanges } from './nodeFields.ts';

/** Nodes and the edges among them, detached from any map. */
export interface Subgraph {
  nodes: ArgNode[];
  edges: ArgEdge[];
}

/**
 * The nodes with the given ids and every edge among them (supports/opposes with both ends
 * inside, undercuts whose source and target edge are inside). Unknown ids are skipped.
 */
export function copySubgraph(map: ArgMap, nodeIds: Iterable<string>): Subgraph {
  const ids = new Set<string>();
  const nodes: ArgNode[] = [];
  for (const id of nodeIds) {
    const node = map.nodes.get(id);
    if (node && !ids.has(id)) {
      ids.add(id);
      nodes.push(node);
    }
  }
  const edges = map.edges
    .toArray()
    .filter((edge) => edge.kind !== 'undercuts' && ids.has(edge.source) && ids.has(edge.target));
  const kept = new Set(edges.map((edge) => edge.id));
  for (const edge of map.edges.values()) {
    if (edge.kind === 'undercuts' && ids.has(edge.source) && kept.has(edge.target)) edges.push(edge);
  }
  return { nodes, edges };
}

/** Options for {@link pasteSubgraph}. */
export interface PasteOptions extends EditOptions {
  /** Added to every pasted position, so a paste does not hide its original. Default 40, 40. */
  offset?: Point;
}

/**
 * Adds a copy of `subgraph` with fresh ids; `edit.created` lists the new node ids first, then the
 * new edge ids. Refused if a node is malformed; an edge whose ends were not pasted, that loops,
 * or repeats another is dropped with a `paste-dropped-edge` warning.
 */
export function pasteSubgraph(map: ArgMap, subgraph: Subgraph, options: PasteOptions = {}): Result<Edit> {
  if (!subgraph || !Array.isArray(subgraph.nodes) || !Array.isArray(subgraph.edges)) {
    return refuse('wrong-type', 'Nothing to paste: expected nodes and edges copied from a map.');
  }
  const newId = options.newId ?? randomIds;
  const offset = options.offset ?? { x: 40, y: 40 };
  const reserved = new Set<string>();
  const nodeIds = new Map<string, string>();
  const nodes: ArgNode[] = [];
  for (const [index, raw] of subgraph.nodes.entries()) {
    const copy = copyNode(raw, ['nodes', index], offset);
    if (!copy.ok) return copy;
    const id = freshId(map, 'node', newId, reserved);
    nodeIds.set(raw.id, id);
    nodes.push({ ...copy.value, id });
  }

  const warnings: Diagnostic[] = [];
  const edgeIds = new Map<string, string>();
  const edges: ArgEdge[] = [];
  const pairs = new Set<string>();
  const undercuts: [number, ArgEdge][] = [];
  for (const [index, raw] of subgraph.edges.entries()) {
    if (raw?.kind === 'undercuts') undercuts.push([index, raw]);
    else keepEdge(raw, index, nodeIds.get(raw?.target));
  }
  // Undercuts go last so that the edges they attack already have their new ids.
  for (const [index, raw] of undercuts) keepEdge(raw, index, edgeIds.get(raw.target));

  function keepEdge(raw: ArgEdge, index: number, target: string | undefined): void {
    const source = nodeIds.get(raw?.source);
    const path = ['edges', index];
    const valid = raw && !checkEdgeKind(raw.kind, path) && !checkString(raw.id, path);
    const pair = `${source}\u0000${target}`;
    if (!valid || source === undefined || target === undefined || source === target || pairs.has(pair)) {
      warnings.push({
        severity: 'warning',
        code: 'paste-dropped-edge',
        message: `A copied connection was left out because its ends were not pasted with it, or it repeated another.`,
        path,
      });
      return;
    }
    pairs.add(pair);
    const id = freshId(map, 'edge', newId, reserved);
    edgeIds.set(raw.id, id);
    edges.push({ id, kind: raw.kind, source, target });
  }

  const created = [...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)];
  const result = makeEdit(
    map,
    { label: nodes.length === 1 ? 'Paste node' : `Paste ${nodes.length} nodes`, created },
    {},
    (draft) => {
      for (const node of nodes) draft.nodes[node.id] = castDraft(node);
      for (const edge of edges) draft.edges[edge.id] = edge;
    },
  );
  return result.ok ? ok(result.value, warnings) : result;
}

/** A clean copy of a pasted node with only known fields, or why it cannot be pasted. */
function copyNode(raw: ArgNode, path: (string | number)[], offset: Point): Result<Omit<ArgNode, 'id'>> {
  if (typeof raw !== 'object' || raw === null)
    return refuse('wrong-type', 'A pasted node must be an object.', path);
  const kindProblem = checkNodeKind(raw.kind, [...path, 'kind']);
  if (kindProblem) return fail([kindProblem]);
  const isEvidence = raw.kind === 'evidence';
  const evidence = isEvidence && raw.evidence ? raw.evidence : undefined;
  const changes = {
    text: raw.text ?? '',
    baseScore: raw.baseScore ?? DEFAULT_BASE_SCORE,
    ...(raw.notes !== undefined && { notes: raw.notes }),
    ...(raw.tags !== undefined && { tags: raw.tags }),
    ...(raw.collapsed !== undefined && { collapsed: raw.collapsed === true }),
    ...(raw.position !== undefined && {
      position: raw.position && { x: raw.position.x + offset.x, y: raw.position.y + offset.y },
    }),
    ...(evidence && {
      evidence: { quote: evidence.quote, kind: evidence.kind, source: { ...evidence.source } },
    }),
  };
  const problem = checkNodeChanges(changes, isEvidence, path);
  if (problem) return fail([problem]);
  const node = castDraft({ id: '', kind: raw.kind, text: '', baseScore: DEFAULT_BASE_SCORE } as ArgNode);
  if (isEvidence) node.evidence = newEvidence();
  writeNodeChanges(node, changes);
  const { id: _id, ...rest } = node;
  return ok(rest);
}
