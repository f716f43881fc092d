/**
 * The class history: what each accepted change did, in words a teacher reads ("Ada added the claim
 * “Fewer distractions” and 1 link"). The server records one {@link HistoryRecord} per change it
 * accepts (and per lock or removal); any client renders it with {@link historySentence}.
 *
 * @module
 */

import type { ArgMapDocument } from '@argmap/core';
import { jsonEqual } from './equal.ts';

/** A node a change touched, as it reads (its text cut to {@link TEXT_LIMIT} characters). */
export interface HistoryNode {
  id: string;
  kind: string;
  text: string;
}

/** What one accepted change did, or one thing the teacher did to the class. */
export interface HistoryRecord {
  added: HistoryNode[];
  changed: HistoryNode[];
  removed: HistoryNode[];
  /** How many links (edges) it added, changed and removed. */
  links: { added: number; changed: number; removed: number };
  /** Whether it changed the title and details, or the tours. */
  meta: boolean;
  tours: boolean;
  /** The teacher locked (true) or unlocked (false) the map. */
  locked?: boolean;
  /** The teacher removed this student (their name). */
  removedStudent?: string;
  /** The teacher hid, showed again or accepted a student's node. */
  moderation?: { action: 'hid' | 'showed' | 'accepted'; author: string; node: HistoryNode };
}

/** Longest text kept per node in a record. */
export const TEXT_LIMIT = 80;

/** What changed from `before` to `after`, for the history. O(size of the map). */
export function describeChange(before: ArgMapDocument, after: ArgMapDocument): HistoryRecord {
  const record: HistoryRecord = {
    added: [],
    changed: [],
    removed: [],
    links: { added: 0, changed: 0, removed: 0 },
    meta: !jsonEqual(before.meta, after.meta),
    tours: !jsonEqual(before.tours ?? [], after.tours ?? []),
  };
  const node = (n: { id: string; kind: string; text: string }): HistoryNode => ({
    id: n.id,
    kind: n.kind,
    text: short(n.text),
  });
  for (const [id, now] of Object.entries(after.nodes)) {
    const was = before.nodes[id];
    if (was === undefined) record.added.push(node(now));
    else if (!jsonEqual(was, now)) record.changed.push(node(now));
  }
  for (const [id, was] of Object.entries(before.nodes))
    if (after.nodes[id] === undefined) record.removed.push(node(was));
  for (const [id, now] of Object.entries(after.edges)) {
    const was = before.edges[id];
    if (was === undefined) record.links.added += 1;
    else if (!jsonEqual(was, now)) record.links.changed += 1;
  }
  for (const id of Object.keys(before.edges)) if (after.edges[id] === undefined) record.links.removed += 1;
  return record;
}

/** Whether a record says nothing (a change that only moved server-side attributions, say). */
export function isEmptyRecord(record: HistoryRecord): boolean {
  const { links } = record;
  return (
    record.added.length + record.changed.length + record.removed.length === 0 &&
    links.added + links.changed + links.removed === 0 &&
    !record.meta &&
    !record.tours &&
    record.locked === undefined &&
    record.removedStudent === undefined &&
    record.moderation === undefined
  );
}

/** The record as words after the person's name: "added the claim “…” with 1 link". */
export function historySentence(record: HistoryRecord): string {
  if (record.locked !== undefined) return record.locked ? 'locked the map' : 'unlocked the map';
  if (record.removedStudent !== undefined) return `removed ${record.removedStudent} from the class`;
  if (record.moderation !== undefined) {
    const { action, author, node } = record.moderation;
    const what = `${author}’s ${KIND_WORDS[node.kind] ?? node.kind} “${node.text || '(no text)'}”`;
    return action === 'showed' ? `showed ${what} again` : `${action} ${what}`;
  }
  const parts: string[] = [];
  for (const [verb, list] of [
    ['added', record.added],
    ['changed', record.changed],
    ['removed', record.removed],
  ] as const) {
    const first = list[0];
    if (first === undefined) continue;
    const more = list.length > 1 ? ` and ${list.length - 1} more` : '';
    parts.push(`${verb} the ${KIND_WORDS[first.kind] ?? first.kind} “${first.text || '(no text)'}”${more}`);
  }
  const { added, changed, removed } = record.links;
  const links = (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`;
  if (parts.length > 0) {
    const count = added + changed + removed;
    if (count > 0) parts[parts.length - 1] += ` with ${links(count)}`;
  } else {
    if (added > 0) parts.push(`added ${links(added)}`);
    if (changed > 0) parts.push(`changed ${links(changed)}`);
    if (removed > 0) parts.push(`removed ${links(removed)}`);
  }
  if (record.meta) parts.push('changed the title and details');
  if (record.tours) parts.push('changed the tours');
  if (parts.length === 0) return 'made a change';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const KIND_WORDS: Record<string, string> = {
  question: 'question',
  position: 'position',
  claim: 'claim',
  evidence: 'evidence',
};

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1)}…` : flat;
}
