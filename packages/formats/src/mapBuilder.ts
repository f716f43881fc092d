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
  type NodeKind,
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

/** Collects nodes, edges and warnings for one import. */
export class MapBuilder {
  readonly map: ArgMap;
  readonly diagnostics: Diagnostic[] = [];
  private readonly pairs = new Set<string>();
  private edgeCount = 0;
  private readonly suffixes = new Map<string, number>();
  /** First supports/opposes edge leaving each node, for undercuts. */
  private readonly firstOut = new Map<string, ArgEdge>();

  /** `title` is the input's own title; without one, `options.title`, then `fallback`. */
  constructor(title: string | undefined, fallback: string, options?: ParseOptions) {
    this.map = createMap({ title: title || options?.title || fallback }, options?.now);
  }

  /** Whether an edge already joins `source` to `target`. */
  hasPair(source: string, target: string): boolean {
    return this.pairs.has(`${source}\u0000${target}`);
  }

  /**
   * Whether `id` already names a node or an edge (they share one namespace), or is one the core
   * refuses (`__proto__`, `constructor`, `prototype`), so a fresh id is made instead.
   */
  has(id: string): boolean {
    return RESERVED_IDS.has(id) || this.map.nodes.has(id) || this.map.edges.has(id);
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
    if (kind !== 'evidence') delete node.evidence;
    this.map.nodes = this.map.nodes.set(id, node);
    return id;
  }

  /**
   * Adds an edge unless it would break a rule; then it warns (at `at`) and returns `undefined`.
   * A second edge between the same two nodes is dropped: the core allows one relation per pair.
   */
  addEdge(
    kind: EdgeKind,
    source: string,
    target: string,
    at: Location = {},
    idHint?: string,
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
    const targetOk = kind === 'undercuts' ? this.isInferenceEdge(target) : this.map.nodes.has(target);
    if (!this.map.nodes.has(source) || !targetOk) {
      this.warn(
        'dangling-relation',
        `A relation from "${source}" to "${target}" points at nothing; skipped.`,
        at,
      );
      return undefined;
    }
    const pair = `${source}\u0000${target}`;
    if (this.pairs.has(pair)) {
      this.warn(
        'duplicate-relation',
        `"${source}" already bears on "${target}"; Argmap keeps one relation per pair, so this one was skipped.`,
        at,
      );
      return undefined;
    }
    this.pairs.add(pair);
    let id: string;
    if (idHint !== undefined && idHint.length > 0 && !this.has(idHint)) id = idHint;
    else {
      do id = `e${++this.edgeCount}`;
      while (this.has(id));
    }
    const edge: ArgEdge = { id, kind, source, target };
    this.map.edges = this.map.edges.set(id, edge);
    if (kind !== 'undercuts' && !this.firstOut.has(source)) this.firstOut.set(source, edge);
    return id;
  }

  /** Whether `id` is a supports/opposes edge, the only thing an undercut may attack. */
  isInferenceEdge(id: string): boolean {
    const edge = this.map.edges.get(id);
    return edge !== undefined && edge.kind !== 'undercuts';
  }

  /** The first supports/opposes edge leaving node `id`, the inference an undercut of it attacks. */
  outgoingInference(id: string): ArgEdge | undefined {
    return this.firstOut.get(id);
  }

  /** Records a warning: something was repaired, approximated or left out. */
  warn(code: string, message: string, at: Location = {}): void {
    this.diagnostics.push({ severity: 'warning', code, message, ...at });
  }
}
