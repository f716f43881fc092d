/**
 * Shared by the importers: builds an `ArgMap` that obeys the core's rules (unique ids across
 * nodes and edges, no self-support, one edge per pair of nodes, undercuts aimed at edges) and
 * turns whatever breaks them into a warning instead of a broken map.
 *
 * @module
 */
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  createMap,
  DEFAULT_BASE_SCORE,
  type Diagnostic,
  type EdgeKind,
  type LinkedArgument,
  type MapMeta,
  type NodeKind,
  Table,
} from '@argmap/core';
import type { ParseOptions } from './adapter.ts';

/** Ids the core's validation refuses, as in `@argmap/core`'s `model/ids.ts`. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Where in the input something came from, for diagnostics. */
export interface Location {
  line?: number;
  column?: number;
  path?: (string | number)[];
}

/** A readable id from any label: lower case, ASCII letters, digits and dashes, at most 40 characters. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug;
}

/** What leaves a node with several edges: their targets, and its first supports/opposes edge. */
interface Outgoing {
  targets: Set<string>;
  /** The inference an undercut of this node attacks. */
  first?: ArgEdge;
}

const isEdge = (entry: ArgNode | ArgEdge): entry is ArgEdge => 'source' in entry;

/** `k - 1` for an id `ek` like the ones {@link MapBuilder} makes up for edges, else -1. */
function numberedIndex(id: string): number {
  return id.charCodeAt(0) === 101 && /^e[1-9]\d{0,15}$/.test(id) ? Number(id.slice(1)) - 1 : -1;
}

/**
 * Collects nodes, edges and warnings for one import. Nodes and edges wait in plain arrays and go
 * into the map's persistent tables in one batch each in {@link MapBuilder.build}; one `Map` of ids
 * answers every "is it taken" and "is it a node" question with one lookup. (A `Table.set` per
 * entry, and three or four lookups per id, made a million-claim Kialo import take minutes.)
 */
export class MapBuilder {
  /** The map's metadata; importers fill it in before {@link MapBuilder.build}. */
  readonly meta: MapMeta;
  readonly diagnostics: Diagnostic[] = [];
  /** Nodes and edges by id (they share one namespace), but for the edges in `numbered`. */
  private readonly byId = new Map<string, ArgNode | ArgEdge>();
  /**
   * Edges under the ids made up for them: `numbered[k - 1]` is edge `ek` (a hole where `ek` was
   * taken). An array, not `byId`: two lookups in a table of a million ids per edge were most of
   * a large import's time.
   */
  private readonly numbered: (ArgEdge | undefined)[] = [];
  /** How many ids in `byId` look like `ek`; while none does, a made-up id needs no check. */
  private numberLike = 0;
  private readonly nodes: ArgNode[] = [];
  private readonly edges: ArgEdge[] = [];
  /** Linked arguments, and `argument\0premise` for each premise already in one. */
  private readonly linked: LinkedArgument[] = [];
  private readonly premises = new Set<string>();
  /** Ids of linked arguments (they share the namespace of nodes and edges). */
  private readonly reserved = new Set<string>();
  /** What leaves each node: its one edge (most nodes have one, and get no extra object), or more. */
  private readonly out = new Map<string, ArgEdge | Outgoing>();
  private readonly now: Date | undefined;
  private edgeCount = 0;
  private readonly suffixes = new Map<string, number>();

  /** `title` is the input's own title; without one, `options.title`, then `fallback`. */
  constructor(title: string | undefined, fallback: string, options?: ParseOptions) {
    this.now = options?.now;
    this.meta = createMap({ title: title || options?.title || fallback }, this.now).meta;
  }

  /** The map of everything added so far. */
  build(): ArgMap {
    const map = createMap(this.meta, this.now);
    map.meta = this.meta;
    map.nodes = Table.empty<ArgNode>().batch((writer) => {
      for (const node of this.nodes) writer.set(node.id, node);
    });
    map.edges = Table.empty<ArgEdge>().batch((writer) => {
      for (const edge of this.edges) writer.set(edge.id, edge);
    });
    // Only arguments that got a premise: an argument without one is no argument.
    const used = this.linked.filter((argument) => this.premises.has(`${argument.id}\u0000`));
    if (used.length > 0) map.arguments = Table.fromEntries(used.map((argument) => [argument.id, argument]));
    return map;
  }

  /** The node added under `id`, or `undefined`. Changes to it show in the built map. */
  node(id: string): ArgNode | undefined {
    const entry = this.entry(id);
    return entry && !isEdge(entry) ? entry : undefined;
  }

  private entry(id: string): ArgNode | ArgEdge | undefined {
    const k = numberedIndex(id);
    return (k >= 0 ? this.numbered[k] : undefined) ?? this.byId.get(id);
  }

  private remember(entry: ArgNode | ArgEdge): void {
    this.byId.set(entry.id, entry);
    if (numberedIndex(entry.id) >= 0) this.numberLike++;
  }

  /** Whether an edge already joins `source` to `target`. */
  hasPair(source: string, target: string): boolean {
    const out = this.out.get(source);
    if (out === undefined) return false;
    return 'targets' in out ? out.targets.has(target) : out.target === target;
  }

  /**
   * Whether `id` already names a node or an edge (they share one namespace), or is one the core
   * refuses (`__proto__`, `constructor`, `prototype`), so a fresh id is made instead.
   */
  has(id: string): boolean {
    return (
      this.entry(id) !== undefined ||
      RESERVED_IDS.has(id) ||
      (this.reserved.size > 0 && this.reserved.has(id))
    );
  }

  /** An unused id built from `hint` (`fallback` when the hint has no usable characters). */
  freshId(hint: string, fallback = 'node', keepAsIs = false): string {
    const base = keepAsIs && hint.length > 0 ? hint : slugify(hint) || fallback;
    if (!this.has(base)) return base;
    // Count on from the last suffix used for this base, so many clashing labels stay linear.
    for (let n = this.suffixes.get(base) ?? 2; ; n++) {
      const id = `${base}-${n}`;
      if (!this.has(id)) {
        this.suffixes.set(base, n + 1);
        return id;
      }
    }
  }

  /** Adds a node under a fresh id derived from `idHint`; `keepId` keeps the hint verbatim when free. */
  addNode(
    idHint: string,
    kind: NodeKind,
    text: string,
    extra: Partial<Omit<ArgNode, 'id' | 'kind' | 'text'>> = {},
    keepId = false,
  ): string {
    const id = this.freshId(idHint, 'node', keepId);
    const node: ArgNode = { id, kind, text, baseScore: DEFAULT_BASE_SCORE, ...extra };
    if (kind === 'evidence' && !node.evidence) node.evidence = { quote: text, kind: 'other', source: {} };
    // Only when there is one to drop: `delete` turns an object into a slow dictionary.
    if (kind !== 'evidence' && 'evidence' in node) delete node.evidence;
    this.remember(node);
    this.nodes.push(node);
    return id;
  }

  /**
   * Adds a linked argument (premises that bear on a conclusion only together) under a fresh id
   * derived from `idHint`; its premises are the edges added with {@link MapBuilder.addEdge}'s
   * `argument`. An argument that gets no premise is left out of the map.
   */
  addArgument(idHint: string, fields: Omit<LinkedArgument, 'id'> = {}): string {
    const id = this.freshId(idHint, 'argument', true);
    const argument: LinkedArgument = { id };
    for (const key of ['name', 'scheme', 'notes', 'partOf'] as const) {
      const value = fields[key];
      if (value) argument[key] = value;
    }
    this.reserved.add(id);
    this.linked.push(argument);
    return id;
  }

  /**
   * Adds an edge unless it would break a rule; then it warns (at `at`) and returns `undefined`.
   * A second edge between the same two nodes is dropped: the core allows one relation per pair,
   * except between premises of different linked arguments (`argument`).
   */
  addEdge(
    kind: EdgeKind,
    source: string,
    target: string,
    at: Location = {},
    idHint?: string,
    argument?: string,
  ): string | undefined {
    // A statement may oppose itself (a self-attack) but cannot be its own support.
    if (source === target && kind !== 'opposes') {
      this.warn(
        'self-relation',
        `A statement cannot ${kind === 'supports' ? 'support' : 'undercut'} itself ("${source}"); relation skipped.`,
        at,
      );
      return undefined;
    }
    const targetOk = kind === 'undercuts' ? this.isInferenceEdge(target) : this.node(target) !== undefined;
    if (this.node(source) === undefined || !targetOk) {
      this.warn(
        'dangling-relation',
        `A relation from "${source}" to "${target}" points at nothing; skipped.`,
        at,
      );
      return undefined;
    }
    if (argument !== undefined && kind !== 'undercuts') {
      if (this.premises.has(`${argument}\u0000${source}`)) {
        this.warn('duplicate-relation', `"${source}" is already a premise of this argument; skipped.`, at);
        return undefined;
      }
    } else if (this.hasPair(source, target)) {
      this.warn(
        'duplicate-relation',
        `"${source}" already bears on "${target}"; Argmap keeps one relation per pair, so this one was skipped.`,
        at,
      );
      return undefined;
    }
    let edge: ArgEdge;
    if (idHint !== undefined && idHint.length > 0 && !this.has(idHint)) {
      edge = { id: idHint, kind, source, target };
      this.remember(edge);
    } else {
      let id: string;
      do id = `e${++this.edgeCount}`;
      while (this.numberLike > 0 && this.byId.has(id));
      edge = { id, kind, source, target };
      this.numbered[this.edgeCount - 1] = edge;
    }
    this.edges.push(edge);
    if (argument !== undefined && kind !== 'undercuts') {
      // A premise's edge is checked against its argument alone: a statement may also bear on the
      // conclusion on its own, or as a premise of another argument.
      edge.argument = argument;
      this.premises.add(`${argument}\u0000${source}`).add(`${argument}\u0000`);
      return edge.id;
    }
    const out = this.out.get(source);
    if (out === undefined) this.out.set(source, edge);
    else if ('targets' in out) {
      out.targets.add(target);
      if (kind !== 'undercuts') out.first ??= edge;
    } else {
      const first = out.kind !== 'undercuts' ? out : kind !== 'undercuts' ? edge : undefined;
      this.out.set(source, { targets: new Set([out.target, target]), ...(first ? { first } : {}) });
    }
    return edge.id;
  }

  /** Whether `id` is a supports/opposes edge, the only thing an undercut may attack. */
  isInferenceEdge(id: string): boolean {
    const entry = this.entry(id);
    return entry !== undefined && isEdge(entry) && entry.kind !== 'undercuts';
  }

  /** The first supports/opposes edge leaving node `id`, the inference an undercut of it attacks. */
  outgoingInference(id: string): ArgEdge | undefined {
    const out = this.out.get(id);
    if (out === undefined) return undefined;
    if ('targets' in out) return out.first;
    return out.kind !== 'undercuts' ? out : undefined;
  }

  /** Records a warning: something was repaired, approximated or left out. */
  warn(code: string, message: string, at: Location = {}): void {
    this.diagnostics.push({ severity: 'warning', code, message, ...at });
  }
}
