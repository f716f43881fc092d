/**
 * Writes a map as AIFdb-style AIF-JSON: each node an I-node (same id), each `supports` edge an
 * RA node, each `opposes` edge a CA node, each undercut a CA node aimed at the RA/CA of the edge
 * it attacks. A linked argument is one RA (or CA) node with all its premises going in, its scheme
 * as the node's text and `scheme` field (as AIFdb and OVA3 write them), and its id, name, notes
 * and `partOf` in the node's `argmap` field. AIF has no kinds, tags, scores or sources, so each I-node also carries an `argmap`
 * field with them (and the canvas position and collapsed state), and the document a top-level
 * `argmap` field with the map's title, description, authors, language and dates: other AIF tools
 * ignore both, Argmap reads them back. Tours have no place in AIF: left out, with a warning.
 *
 * @module
 */
import { type ArgMap, escapeInvisibleInJson, ok, type Result } from '@argmap/core';
import { toursDropped } from '../toursDropped.ts';

interface AifOut {
  /** Argmap's map-level fields (title, description, authors, language, dates); other AIF tools ignore it. */
  argmap?: Record<string, unknown>;
  nodes: { nodeID: string; text: string; type: string; scheme?: string; argmap?: unknown }[];
  edges: { edgeID: string; fromID: string; toID: string }[];
  locutions: never[];
  participants: never[];
}

/** The map as AIF-JSON text (two-space indented), with a warning when it has tours. */
export function serializeAif(map: ArgMap): Result<string> {
  const meta: Record<string, unknown> = {};
  for (const key of ['title', 'description', 'authors', 'language', 'created', 'modified'] as const)
    if (map.meta[key] !== undefined) meta[key] = map.meta[key];
  const out: AifOut = { argmap: meta, nodes: [], edges: [], locutions: [], participants: [] };
  const taken = new Set([...[...map.nodes.keys()]]);
  const fresh = (base: string): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  for (const node of map.nodes.toArray()) {
    const argmap: Record<string, unknown> = { kind: node.kind, baseScore: node.baseScore };
    if (node.tags && node.tags.length > 0) argmap.tags = node.tags;
    if (node.notes) argmap.notes = node.notes;
    if (node.evidence) argmap.evidence = node.evidence;
    if (node.position) argmap.position = node.position;
    if (node.collapsed) argmap.collapsed = true;
    out.nodes.push({ nodeID: node.id, text: node.text, type: 'I', argmap });
  }
  const schemeOf = new Map<string, string>();
  let edgeCount = 0;
  const connect = (from: string, to: string): void => {
    out.edges.push({ edgeID: fresh(`ae${++edgeCount}`), fromID: from, toID: to });
  };
  // Inferences and conflicts first, so undercuts (which may come earlier in the map) find theirs.
  const ordered = map.edges
    .toArray()
    .sort((a, b) => Number(a.kind === 'undercuts') - Number(b.kind === 'undercuts'));
  const undercutPairs = new Set<string>();
  let merged = 0;
  for (const edge of ordered) {
    if (edge.kind === 'undercuts') {
      const target = schemeOf.get(edge.target);
      if (target === undefined) continue;
      // Undercuts of two premises of one argument attack the same RA node: one CA says it.
      const pair = `${edge.source}\u0000${target}`;
      if (undercutPairs.has(pair)) {
        merged++;
        continue;
      }
      undercutPairs.add(pair);
      const ca = fresh(`ca-${edge.id}`);
      schemeOf.set(edge.id, ca);
      out.nodes.push({ nodeID: ca, text: 'Default Conflict', type: 'CA' });
      connect(edge.source, ca);
      connect(ca, target);
      continue;
    }
    const ra = edge.kind === 'supports';
    const argument = edge.argument === undefined ? undefined : map.arguments?.get(edge.argument);
    const known = argument === undefined ? undefined : schemeOf.get(argument.id);
    if (known !== undefined) {
      // A further premise of a linked argument: into the argument's one RA (or CA) node.
      schemeOf.set(edge.id, known);
      connect(edge.source, known);
      continue;
    }
    const scheme = fresh(`${ra ? 'ra' : 'ca'}-${argument?.id ?? edge.id}`);
    schemeOf.set(edge.id, scheme);
    const node: AifOut['nodes'][number] = {
      nodeID: scheme,
      text: argument?.scheme ?? (ra ? 'Default Inference' : 'Default Conflict'),
      type: ra ? 'RA' : 'CA',
    };
    if (argument !== undefined) {
      schemeOf.set(argument.id, scheme);
      if (argument.scheme !== undefined) node.scheme = argument.scheme;
      const { id, name, notes, partOf } = argument;
      node.argmap = {
        argument: id,
        ...(name && { name }),
        ...(notes && { notes }),
        ...(partOf && { partOf }),
      };
    }
    out.nodes.push(node);
    connect(edge.source, scheme);
    connect(scheme, edge.target);
  }
  const diagnostics = toursDropped(map, 'AIF');
  if (merged > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'aif-undercuts-merged',
      message: `${merged} undercut(s) of a further premise of the same argument written once: in AIF one conflict attacks the argument's inference.`,
    });
  }
  return ok(`${escapeInvisibleInJson(JSON.stringify(out, null, 2))}\n`, diagnostics);
}
