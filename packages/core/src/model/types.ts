/**
 * The debate graph. A map is metadata plus nodes and edges keyed by id: plain, serializable data
 * on disk ({@link ArgMapDocument}), persistent tables in memory ({@link ArgMap}).
 * Nothing here knows about React, the DOM or files; every other part of Argmap builds on these types.
 *
 * @module
 */

import type { Table } from './table.ts';

/** What a node is in the debate. */
export type NodeKind = 'question' | 'position' | 'claim' | 'evidence';

/** Every node kind, in the order a debate reads from top to bottom. */
export const NODE_KINDS: readonly NodeKind[] = ['question', 'position', 'claim', 'evidence'];

/**
 * How one node bears on another.
 * - `supports`: the source is a reason for the target.
 * - `opposes`: the source is a reason against the target.
 * - `undercuts`: the source attacks an inference, not a node: "true, but it does not follow".
 *   Its target is the id of a `supports` or `opposes` edge.
 */
export type EdgeKind = 'supports' | 'opposes' | 'undercuts';

/** Every edge kind. */
export const EDGE_KINDS: readonly EdgeKind[] = ['supports', 'opposes', 'undercuts'];

/** What sort of evidence a quote is. */
export type EvidenceKind =
  | 'expert-opinion'
  | 'statistic'
  | 'report'
  | 'news'
  | 'testimony'
  | 'study'
  | 'example'
  | 'other';

/** Every evidence kind. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'expert-opinion',
  'statistic',
  'report',
  'news',
  'testimony',
  'study',
  'example',
  'other',
];

/** Where a piece of evidence comes from: who said it, and where it was published. */
export interface Source {
  /** Who said or wrote it, e.g. "Dario Amodei". */
  speaker?: string;
  /** The speaker's role, e.g. "CEO of Anthropic". */
  role?: string;
  /** Title of the article, report or talk. */
  title?: string;
  /** Publication or publisher, e.g. "China Digital Times". */
  outlet?: string;
  /** Publication date as ISO 8601 (`2025-02-12`) or as the source prints it (`early 2025`). */
  date?: string;
  /** Where to read it. Only `http:` and `https:` URLs are valid. */
  url?: string;
}

/** The part of an evidence node that cites its source. */
export interface Evidence {
  /** The exact words quoted from the source. */
  quote: string;
  /** What kind of evidence this is. */
  kind: EvidenceKind;
  /** Who said it and where. */
  source: Source;
}

/** A point on the editor's canvas, in canvas units. */
export interface Point {
  x: number;
  y: number;
}

/** One statement in the debate. */
export interface ArgNode {
  /** Stable id, unique in the map. */
  id: string;
  kind: NodeKind;
  /** The statement itself, as shown on the map. */
  text: string;
  /** Free-form notes for the student or teacher. */
  notes?: string;
  tags?: string[];
  /**
   * Intrinsic strength in [0, 1] before any argument is taken into account.
   * For evidence: how credible the student judges it. Defaults to {@link DEFAULT_BASE_SCORE}.
   */
  baseScore: number;
  /** Canvas position set by hand. Nodes without one are placed by auto-layout. */
  position?: Point;
  /** Whether the subtree under this node is hidden in the editor. */
  collapsed?: boolean;
  /** Quote and source; present on (and only on) evidence nodes. */
  evidence?: Evidence;
}

/** A relation between two nodes, or (for `undercuts`) from a node to an edge. */
export interface ArgEdge {
  /** Stable id, unique among edges. */
  id: string;
  kind: EdgeKind;
  /** The id of the node that gives the reason. */
  source: string;
  /** The id of the node it bears on; for `undercuts`, the id of the edge it attacks. */
  target: string;
  /**
   * The id of the {@link LinkedArgument} this edge belongs to, if its source is one of several
   * premises that bear on the target only together. Every edge of one argument has the same
   * target and kind. Undercuts never belong to an argument.
   */
  argument?: string;
}

/**
 * A linked argument: premises that support (or oppose) a conclusion only together, such as
 * "Socrates is a man" and "all men are mortal" for "Socrates is mortal". Its premises are the
 * sources of the edges whose `argument` is this id, and its conclusion is their common target,
 * so a map reader that knows nothing of arguments still sees each premise as a reason.
 * An undercut aimed at any of those edges attacks the argument's inference as a whole.
 *
 * A multi-step argument (Argdown's premise–conclusion structure with intermediary conclusions)
 * is a chain of linked arguments: each step's conclusion is a premise of the next, and every
 * step but the last names the last in `partOf`.
 */
export interface LinkedArgument {
  /** Stable id, unique among nodes, edges and arguments. */
  id: string;
  /** A short title, e.g. Argdown's `<Expert says so>`. */
  name?: string;
  /**
   * The inference rule or argumentation scheme, e.g. `Modus Ponens` or a Walton scheme as AIF
   * and OVA name it (`Expert Opinion`, `Argument From Analogy`). Free text.
   */
  scheme?: string;
  /** Free-form notes, e.g. Argdown's description of the argument. */
  notes?: string;
  /** On an intermediary step of a multi-step argument: the id of the argument it leads to. */
  partOf?: string;
}

/** One step of a guided tour through the map. */
export interface TourStep {
  id: string;
  title?: string;
  /** Nodes revealed and focused at this step. */
  nodes: string[];
  /** What the presenter says at this step. */
  notes?: string;
}

/** An ordered walk through the map, for presenting it. */
export interface Tour {
  id: string;
  title: string;
  steps: TourStep[];
}

/** Who made the map, what it is about, and when. */
export interface MapMeta {
  title: string;
  description?: string;
  authors?: string[];
  /** BCP 47 language tag, e.g. `en`. */
  language?: string;
  /** ISO 8601 timestamp. */
  created?: string;
  /** ISO 8601 timestamp. */
  modified?: string;
}

/** The file format's name, written in every document's header. */
export const FORMAT_NAME = 'argmap';

/** The current version of the file format. */
export const FORMAT_VERSION = 2;

/** Base score given to a node when none is set. */
export const DEFAULT_BASE_SCORE = 0.5;

/**
 * An argument map, exactly as it is saved to a `*.argmap.json` file: nodes and edges are plain
 * objects keyed by their ids. This is the form to store, clone or post (`structuredClone`,
 * IndexedDB, `postMessage`); convert with `toDocument` and `fromDocument`.
 */
export interface ArgMapDocument {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  meta: MapMeta;
  nodes: Record<string, ArgNode>;
  edges: Record<string, ArgEdge>;
  /** Linked arguments keyed by id; absent when the map has none. */
  arguments?: Record<string, LinkedArgument>;
  tours?: Tour[];
}

/**
 * An argument map in memory: the {@link ArgMapDocument} with nodes and edges held in persistent
 * {@link Table}s keyed by id (in file order), so an edit copies O(log n) of the map, not all of it.
 * Every operation, query and evaluation takes this form. `JSON.stringify(map)` writes the
 * document form, though `serializeMap` is the way to save (stable field order).
 */
export interface ArgMap {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  meta: MapMeta;
  nodes: Table<ArgNode>;
  edges: Table<ArgEdge>;
  /** Linked arguments keyed by id; absent (never empty) when the map has none. */
  arguments?: Table<LinkedArgument>;
  tours?: Tour[];
}
