/**
 * AIF's argument graph onto Argmap's model.
 *
 * - I-nodes (propositions) become `claim` nodes keeping their AIF ids.
 * - An RA node (inference) becomes one `supports` edge from each premise to its conclusion; with
 *   several premises, a scheme other than the default (`scheme` field or the node's text, as AIFdb
 *   and OVA3 write them) or Argmap's `argmap.argument`, those edges form one linked argument.
 * - A CA node (conflict) becomes an `opposes` edge; a CA aimed at an RA (or at a CA) becomes an
 *   `undercuts` edge aimed at the first edge made for that inference (or conflict).
 * - An MA node (rephrase) becomes notes on both I-nodes: a rephrase is neither support nor attack.
 * - L, YA and TA nodes are dialogue, not premises: the speaker of a locution anchored (via YA)
 *   to an I-node is kept in that node's notes. Other node types are reported and skipped.
 * - Argmap's own `argmap` extension on a node (kind, tags, score, notes, evidence) restores what
 *   AIF has no field for, so Argmap → AIF → Argmap keeps kinds and sources.
 *
 * @module
 */
import {
  type ArgMap,
  type ArgNode,
  brokenSteps,
  EVIDENCE_KINDS,
  type EvidenceKind,
  type LinkedArgument,
  NODE_KINDS,
  type NodeKind,
  type Result,
  type Source,
} from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { Losses, plural } from '../losses.ts';
import { MapBuilder } from '../mapBuilder.ts';
import type { AifDocument, AifNode } from './aifDocument.ts';

const DIALOGUE = new Set(['L', 'YA', 'TA']);
const SOURCE_FIELDS = ['speaker', 'role', 'title', 'outlet', 'date', 'url'] as const;

/** Builds the map from a checked AIF document. */
export function aifToMap(doc: AifDocument, options?: ParseOptions): Result<ArgMap> {
  const meta = doc.meta ?? {};
  const builder = new MapBuilder(
    typeof meta.title === 'string' ? meta.title : undefined,
    'Imported AIF map',
    options,
  );
  if (doc.meta) {
    // Argmap wrote this file: its own metadata, exactly (an empty title, no dates if it had none).
    if (typeof meta.title === 'string') builder.meta.title = meta.title;
    delete builder.meta.created;
    delete builder.meta.modified;
  }
  for (const key of ['description', 'language', 'created', 'modified'] as const)
    if (typeof meta[key] === 'string') builder.meta[key] = meta[key];
  if (Array.isArray(meta.authors) && meta.authors.every((a) => typeof a === 'string'))
    builder.meta.authors = meta.authors as string[];
  const losses = new Losses();
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const edge of doc.edges) {
    (incoming.get(edge.to) ?? incoming.set(edge.to, []).get(edge.to))?.push(edge.from);
    (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from))?.push(edge.to);
  }
  const at = (node: AifNode) => ({ path: [...doc.base, 'nodes', node.index] });
  const typeOf = (id: string) => byId.get(id)?.type;
  const ids = new Map<string, string>();

  for (const node of doc.nodes) {
    if (node.type !== 'I') continue;
    ids.set(node.id, addINode(builder, node, doc, at(node), losses));
  }
  // Edges made for each RA/CA node, so undercuts can find the inference or conflict they attack.
  const made = new Map<string, string[]>();
  const link = (scheme: AifNode, kind: 'supports' | 'opposes'): void => {
    const edges: string[] = [];
    // Expected ends besides I-nodes: dialogue (YA anchoring the scheme), a CA attacking it (an
    // undercut, handled below) and, for a CA, the RA/CA it attacks. Anything else is reported.
    const fine = (id: string, into: boolean): boolean => {
      const type = typeOf(id) ?? '';
      if (type === 'I' || DIALOGUE.has(type)) return true;
      return into ? type === 'CA' : kind === 'opposes' && (type === 'RA' || type === 'CA');
    };
    const ends: [string, boolean][] = [
      ...(incoming.get(scheme.id) ?? []).map((id): [string, boolean] => [id, true]),
      ...(outgoing.get(scheme.id) ?? []).map((id): [string, boolean] => [id, false]),
    ];
    for (const [end, into] of ends) {
      if (!fine(end, into)) {
        builder.warn(
          'aif-relation-skipped',
          `${scheme.type} node ${scheme.id} links to ${typeOf(end)} node ${end}; only statements (I-nodes) can be joined, so that link was skipped.`,
          at(scheme),
        );
      }
    }
    const premises = (incoming.get(scheme.id) ?? []).filter((id) => typeOf(id) === 'I');
    const linked = linkedFields(scheme, premises.length);
    for (const target of outgoing.get(scheme.id) ?? []) {
      if (typeOf(target) !== 'I') continue;
      // Premises that bear on the conclusion only together: one linked argument per conclusion.
      const argument = linked === undefined ? undefined : builder.addArgument(linked.hint, linked.fields);
      if (argument !== undefined) inArgument.add(scheme.id);
      for (const source of premises) {
        const id = builder.addEdge(
          kind,
          ids.get(source) as string,
          ids.get(target) as string,
          at(scheme),
          undefined,
          argument,
        );
        if (id) edges.push(id);
      }
    }
    made.set(scheme.id, edges);
  };
  const inArgument = new Set<string>();
  for (const node of doc.nodes) if (node.type === 'RA') link(node, 'supports');
  for (const node of doc.nodes) if (node.type === 'CA') link(node, 'opposes');

  const skipped = new Map<string, number>();
  for (const node of doc.nodes) {
    if (node.type === 'CA') {
      for (const target of outgoing.get(node.id) ?? []) {
        if (typeOf(target) !== 'RA' && typeOf(target) !== 'CA') continue;
        const attacked = made.get(target) ?? [];
        const first = attacked[0];
        if (first === undefined) {
          builder.warn(
            'aif-undercut-without-inference',
            `Conflict ${node.id} attacks ${target}, which joins no statements; skipped.`,
            at(node),
          );
          continue;
        }
        // An undercut of any premise's edge of a linked argument attacks the whole inference.
        if (attacked.length > 1 && !inArgument.has(target)) {
          builder.warn(
            'aif-undercut-first-premise',
            `Conflict ${node.id} attacks inference ${target}, which has several premises; it now undercuts the first.`,
            at(node),
          );
        }
        for (const source of incoming.get(node.id) ?? []) {
          if (typeOf(source) === 'I')
            builder.addEdge('undercuts', ids.get(source) as string, first, at(node));
        }
      }
    } else if (node.type === 'MA') {
      for (const from of incoming.get(node.id) ?? []) {
        for (const to of outgoing.get(node.id) ?? []) {
          const a = builder.node(ids.get(from) ?? '');
          const b = builder.node(ids.get(to) ?? '');
          if (a && b) {
            addNote(a, `Rephrased as [${b.id}]: ${b.text}`);
            addNote(b, `Rephrase of [${a.id}]: ${a.text}`);
          }
        }
      }
    } else if (node.type !== 'I' && node.type !== 'RA' && !DIALOGUE.has(node.type)) {
      skipped.set(node.type, (skipped.get(node.type) ?? 0) + 1);
      if (skipped.get(node.type) === 1) {
        builder.warn(
          'aif-node-type-skipped',
          `Nodes of type ${node.type} have no place in an Argmap map and were skipped.`,
          at(node),
        );
      }
    }
  }
  // Speakers: L —YA→ I means the locution's speaker asserted the proposition.
  for (const node of doc.nodes) {
    if (node.type !== 'L') continue;
    const speaker = doc.speakers.get(node.id) ?? /^\s*([^:]{1,60}?)\s+:\s/.exec(node.text)?.[1];
    if (!speaker) continue;
    for (const ya of outgoing.get(node.id) ?? []) {
      if (typeOf(ya) !== 'YA') continue;
      for (const target of outgoing.get(ya) ?? []) {
        const claim = builder.node(ids.get(target) ?? '');
        if (claim && !claim.notes?.includes(`Said by ${speaker}.`)) addNote(claim, `Said by ${speaker}.`);
      }
    }
  }
  const map = detachBrokenSteps(builder.build(), builder);
  return { ok: true, value: map, diagnostics: [...builder.diagnostics, ...losses.warnings()] };
}

const DEFAULT_SCHEMES = new Set(['default inference', 'default conflict', '']);

/**
 * Whether an RA/CA node is a linked argument, and its fields: several premises, a scheme other
 * than the default one (its `scheme` field, or its text as AIFdb writes it), or Argmap's own
 * `argmap.argument`. A plain one-premise inference stays an ordinary edge.
 */
function linkedFields(
  scheme: AifNode,
  premises: number,
): { hint: string; fields: Omit<LinkedArgument, 'id'> } | undefined {
  const ext = scheme.argmap ?? {};
  const name =
    scheme.scheme ?? (DEFAULT_SCHEMES.has(scheme.text.trim().toLowerCase()) ? undefined : scheme.text);
  const own = typeof ext.argument === 'string' ? ext.argument : undefined;
  if (premises < 2 && name === undefined && own === undefined) return undefined;
  const fields: Omit<LinkedArgument, 'id'> = {};
  if (name !== undefined) fields.scheme = name;
  for (const key of ['name', 'notes', 'partOf'] as const) {
    const value = ext[key];
    if (typeof value === 'string' && value !== '') fields[key] = value;
  }
  return { hint: own ?? scheme.id, fields };
}

/** Clears a `partOf` the file got wrong (its step leads nowhere), with a warning each. */
function detachBrokenSteps(map: ArgMap, builder: MapBuilder): ArgMap {
  if (map.arguments === undefined || ![...map.arguments.values()].some((a) => a.partOf !== undefined))
    return map;
  let current = map;
  for (let round = 0; round < 100; round++) {
    const broken = brokenSteps(current);
    if (broken.length === 0) break;
    let args = current.arguments as NonNullable<ArgMap['arguments']>;
    for (const problem of broken) {
      const id = String(problem.path?.[1]);
      const argument = args.get(id);
      if (argument === undefined) continue;
      const { partOf: _dropped, ...rest } = argument;
      args = args.set(id, rest);
      builder.warn('aif-step-detached', `${problem.message} It is read as an argument of its own.`);
    }
    current = { ...current, arguments: args };
  }
  return current;
}

/** A base score as a message shows it: `1e999` reads back as Infinity, text as itself. */
function describeScore(value: unknown): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : 'a number too large to store';
  if (typeof value === 'string') return `the text "${value.slice(0, 20)}"`;
  return value === null ? 'null' : typeof value;
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function isPoint(value: { x?: unknown; y?: unknown } | undefined): value is { x: number; y: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.x === 'number' &&
    typeof value.y === 'number' &&
    Number.isFinite(value.x) &&
    Number.isFinite(value.y)
  );
}

function addNote(node: ArgNode, note: string): void {
  node.notes = node.notes ? `${node.notes}\n${note}` : note;
}

/** Adds an I-node, restoring what Argmap's `argmap` extension carries when present. */
function addINode(
  builder: MapBuilder,
  node: AifNode,
  doc: AifDocument,
  at: { path: (string | number)[] },
  losses: Losses,
): string {
  const ext = node.argmap ?? {};
  const kind: NodeKind = NODE_KINDS.includes(ext.kind as NodeKind) ? (ext.kind as NodeKind) : 'claim';
  const fields: Partial<ArgNode> = {};
  if (Array.isArray(ext.tags) && ext.tags.every((t) => typeof t === 'string') && ext.tags.length > 0) {
    fields.tags = ext.tags as string[];
  }
  if (isScore(ext.baseScore)) fields.baseScore = ext.baseScore;
  else if ('baseScore' in ext)
    losses.note(
      'aif-bad-score',
      (n) =>
        `${plural(n, 'node')} had an "argmap.baseScore" that is not a number from 0 to 1 (e.g. ${describeScore(ext.baseScore)}); ${n === 1 ? 'it was' : 'they were'} set to 0.5.`,
    );
  const extPosition = ext.position as { x?: unknown; y?: unknown } | undefined;
  if (isPoint(extPosition)) fields.position = { x: extPosition.x, y: extPosition.y };
  if (ext.collapsed === true) fields.collapsed = true;
  if (typeof ext.notes === 'string' && ext.notes) fields.notes = ext.notes;
  const position = doc.positions.get(node.id);
  if (position && !fields.position) fields.position = position;
  if (kind === 'evidence') {
    const raw =
      typeof ext.evidence === 'object' && ext.evidence !== null
        ? (ext.evidence as Record<string, unknown>)
        : {};
    const rawSource =
      typeof raw.source === 'object' && raw.source !== null ? (raw.source as Record<string, unknown>) : {};
    const source: Source = {};
    for (const field of SOURCE_FIELDS) {
      const value = rawSource[field];
      if (typeof value !== 'string') continue;
      if (field === 'url' && !/^https?:\/\//i.test(value)) {
        builder.warn(
          'aif-unsafe-url',
          `Only http(s) links are kept as sources; "${value.slice(0, 60)}" was dropped.`,
          at,
        );
      } else source[field] = value;
    }
    fields.evidence = {
      quote: typeof raw.quote === 'string' ? raw.quote : node.text,
      kind: EVIDENCE_KINDS.includes(raw.kind as EvidenceKind) ? (raw.kind as EvidenceKind) : 'other',
      source,
    };
  }
  if (node.text === '') builder.warn('aif-empty-text', `I-node ${node.id} has no text.`, at);
  return builder.addNode(node.id, kind, node.text, fields, true);
}
