/**
 * What the Argdown reader extracts before anything is mapped to Argmap: the same notions
 * @argdown/core uses (equivalence classes of statements, arguments with premise–conclusion
 * structures, relations), so the two can be compared structure for structure in tests.
 *
 * @module
 */

/** A pointer to a statement (equivalence class) or an argument, by title. */
export interface ArgdownRef {
  type: 'statement' | 'argument';
  title: string;
}

/** One place a statement or argument is written, with its text and where it starts. */
export interface ArgdownMember {
  text: string;
  line: number;
  column: number;
}

/** Inline `#tags` and `{key: value}` data gathered from every member. */
export interface ArgdownAnnotated {
  title: string;
  /** Whether the title was written (`[T]`, `<T>`) rather than generated (`Untitled 3`). */
  titled: boolean;
  members: ArgdownMember[];
  tags: string[];
  /** Top-level data keys; values are strings as written (quoted strings unquoted). */
  data: Record<string, string>;
  /** Targets of Markdown links in its texts (the link text stays in the text). */
  links: string[];
  /** The heading the element was first written under, if any. */
  section?: string;
  line: number;
  column: number;
}

/** A statement's equivalence class: every member with the same title. */
export interface ArgdownStatement extends ArgdownAnnotated {
  /** Whether it takes part in a relation or a premise–conclusion structure. */
  used: boolean;
}

/** The role of one numbered line of a premise–conclusion structure. */
export type PcsRole = 'premise' | 'intermediary-conclusion' | 'main-conclusion';

/** One numbered line `(n)` of a premise–conclusion structure. */
export interface ArgdownPcsItem {
  role: PcsRole;
  title: string;
  /** The inference rules named between the dashes above a conclusion. */
  inferenceRules?: string[];
}

/** An argument: its descriptions and, when reconstructed, its premise–conclusion structure. */
export interface ArgdownArgument extends ArgdownAnnotated {
  pcs: ArgdownPcsItem[];
}

/** How one element bears on another, in Argdown's terms. */
export type ArgdownRelationType = 'support' | 'attack' | 'undercut' | 'contradictory';

/** One relation, from the element giving the reason to the one it bears on. */
export interface ArgdownRelation {
  type: ArgdownRelationType;
  from: ArgdownRef;
  to: ArgdownRef;
  line: number;
  column: number;
}

/** Everything read from one Argdown document. */
export interface ArgdownModel {
  /** Top-level frontmatter keys (`===` block), values as written. */
  frontMatter: Record<string, string>;
  statements: Map<string, ArgdownStatement>;
  arguments: Map<string, ArgdownArgument>;
  relations: ArgdownRelation[];
  /** Paragraphs and headings that are neither titled nor related: prose around the debate. */
  prose: string[];
}
