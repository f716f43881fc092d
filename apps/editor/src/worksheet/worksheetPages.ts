import type { ArgMap } from '@argmap/core';

/** One page of the student worksheet: a position to argue, with empty boxes to fill in. */
export interface WorksheetPage {
  /** The map's question(s), printed at the top of every page. */
  questions: string[];
  /** The position this page is about; undefined on the single page of a map without positions. */
  position: string | undefined;
  /** "Position 2 of 4". */
  number: number;
  of: number;
}

/** How many empty boxes of each kind a page gives: room for a class exercise, on one A4 page. */
export const WORKSHEET_BOXES = { reasons: 3, objections: 2, evidence: 3 } as const;

/**
 * The worksheet of `map`: one page per position, in the map's order, each repeating the question,
 * so a class can split the positions between groups (the Rationale / Kialo exercise: give the
 * reasons for, the objections, and the evidence for each). A map without positions gets one page
 * with a blank position for the student to write in. Only the question and the positions are
 * printed: the exercise is to find the rest.
 */
export function worksheetPages(map: ArgMap): WorksheetPage[] {
  const nodes = map.nodes.toArray();
  const questions = nodes.filter((node) => node.kind === 'question').map((node) => node.text);
  const positions = nodes.filter((node) => node.kind === 'position').map((node) => node.text);
  if (positions.length === 0) return [{ questions, position: undefined, number: 1, of: 1 }];
  return positions.map((position, i) => ({ questions, position, number: i + 1, of: positions.length }));
}
