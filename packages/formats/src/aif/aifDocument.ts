/**
 * Reading the AIF-JSON envelope: AIFdb's `{nodes, edges, locutions, participants}` or the
 * OVA3 / xAIF wrapper `{AIF: {...}, OVA: {...}}`. Checks shapes and reports problems with JSON
 * paths; ids may be strings or integers and are compared as strings.
 *
 * @module
 */
import type { Diagnostic } from '@argmap/core';

/** One AIF node, as read. */
export interface AifNode {
  id: string;
  type: string;
  text: string;
  /** Index in the `nodes` array, for diagnostic paths. */
  index: number;
  /** Argmap's own extension, present when Argmap wrote the file. */
  argmap?: Record<string, unknown>;
  /** The scheme name of an RA/CA node, as AIFdb and OVA3 write it (`scheme`). */
  scheme?: string;
}

/** One AIF edge, as read. */
export interface AifEdge {
  from: string;
  to: string;
  index: number;
}

/** The parts of an AIF document Argmap uses. */
export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  /** Speaker name per locution (L) node id. */
  speakers: Map<string, string>;
  /** Argmap's own map-level fields (top-level `argmap` object), when Argmap wrote the file. */
  meta?: Record<string, unknown>;
  /** OVA canvas positions per node id. */
  positions: Map<string, { x: number; y: number }>;
  /** JSON path prefix of the AIF part: `['AIF']` inside an OVA3/xAIF wrapper, else `[]`. */
  base: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value));

/** Reads the document, or returns the errors that make it unreadable. */
export function readAifDocument(root: unknown): { document?: AifDocument; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const error = (path: (string | number)[], code: string, message: string): void => {
    problems.push({ severity: 'error', code, message, path });
  };
  const warn = (path: (string | number)[], code: string, message: string): void => {
    problems.push({ severity: 'warning', code, message, path });
  };
  if (!isRecord(root)) {
    error([], 'aif-not-an-object', 'An AIF file holds one JSON object with "nodes" and "edges".');
    return { problems };
  }
  const wrapped = isRecord(root.AIF) ? root.AIF : isRecord(root.aif) ? root.aif : undefined;
  const aif = wrapped ?? root;
  const base = wrapped ? [isRecord(root.AIF) ? 'AIF' : 'aif'] : [];
  if (!Array.isArray(aif.nodes)) {
    error([...base, 'nodes'], 'aif-missing-nodes', 'An AIF file needs a "nodes" array.');
    return { problems };
  }
  const nodes: AifNode[] = [];
  const seen = new Set<string>();
  aif.nodes.forEach((raw: unknown, index: number) => {
    const path = [...base, 'nodes', index];
    if (!isRecord(raw) || !isId(raw.nodeID) || typeof raw.type !== 'string') {
      error(path, 'aif-bad-node', 'Each node needs a "nodeID" (string or number) and a "type" string.');
      return;
    }
    const id = String(raw.nodeID);
    if (seen.has(id)) {
      error([...path, 'nodeID'], 'aif-duplicate-node', `Node id ${id} is used twice.`);
      return;
    }
    seen.add(id);
    const text = typeof raw.text === 'string' ? raw.text : '';
    const node: AifNode = { id, type: raw.type.toUpperCase(), text, index };
    if (isRecord(raw.argmap)) node.argmap = raw.argmap;
    if (typeof raw.scheme === 'string' && raw.scheme !== '') node.scheme = raw.scheme;
    nodes.push(node);
  });
  const edges: AifEdge[] = [];
  const rawEdges = aif.edges ?? [];
  if (!Array.isArray(rawEdges)) error([...base, 'edges'], 'aif-bad-edges', '"edges" should be an array.');
  else {
    rawEdges.forEach((raw: unknown, index: number) => {
      const path = [...base, 'edges', index];
      if (!isRecord(raw) || !isId(raw.fromID) || !isId(raw.toID)) {
        error(path, 'aif-bad-edge', 'Each edge needs "fromID" and "toID" (strings or numbers).');
        return;
      }
      const [from, to] = [String(raw.fromID), String(raw.toID)];
      if (!seen.has(from) || !seen.has(to)) {
        warn(path, 'aif-dangling-edge', `Edge ${from} → ${to} names a node that does not exist; skipped.`);
        return;
      }
      edges.push({ from, to, index });
    });
  }
  return {
    document: {
      nodes,
      edges,
      speakers: readSpeakers(aif),
      positions: readPositions(root),
      base,
      ...(isRecord(aif.argmap) ? { meta: aif.argmap } : {}),
    },
    problems,
  };
}

/** Speaker names per L-node id, from `locutions` and `participants` (AIFdb's dialogue tables). */
function readSpeakers(aif: Record<string, unknown>): Map<string, string> {
  const people = new Map<string, string>();
  if (Array.isArray(aif.participants)) {
    for (const p of aif.participants) {
      if (!isRecord(p) || !isId(p.participantID)) continue;
      const name = [p.firstname, p.surname].filter((part) => typeof part === 'string' && part).join(' ');
      if (name) people.set(String(p.participantID), name);
    }
  }
  const speakers = new Map<string, string>();
  if (Array.isArray(aif.locutions)) {
    for (const l of aif.locutions) {
      if (!isRecord(l) || !isId(l.nodeID) || !isId(l.personID)) continue;
      const name = people.get(String(l.personID));
      if (name) speakers.set(String(l.nodeID), name);
    }
  }
  return speakers;
}

/** OVA's canvas positions (`OVA.nodes[].x/y`), when the file came from OVA. */
function readPositions(root: Record<string, unknown>): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const ova = root.OVA;
  if (isRecord(ova) && Array.isArray(ova.nodes)) {
    for (const n of ova.nodes) {
      if (isRecord(n) && isId(n.nodeID) && Number.isFinite(n.x) && Number.isFinite(n.y)) {
        positions.set(String(n.nodeID), { x: n.x as number, y: n.y as number });
      }
    }
  }
  return positions;
}
