/**
 * The teacher's moderation of a class map, done by the server: hide a student's contribution (its
 * branch leaves the map for everyone, kept aside until shown again), show it again, or accept it
 * (from then on only the teacher changes it). Plain functions on the document, each one
 * transaction.
 *
 * @module
 */

import type { ArgEdge, ArgNode } from '@argmap/core';
import * as Y from 'yjs';
import { CONTRIBUTIONS, type Contribution, EDGES, HIDDEN, type HiddenBranch, NODES } from './layout.ts';
import { contributionOf, readDocument } from './readDoc.ts';

/** Why a moderation action could not be done, in a sentence for the teacher. */
export type ModerationResult = { ok: true; nodes: number } | { ok: false; code: string; message: string };

/**
 * Hides the node `id` and everything that bears on it (its reasons, objections and evidence, and
 * theirs), with every link touching them, so the map left is whole. Only a student's contribution
 * can be hidden (`teacherId` is the teacher's member id).
 */
export function hideContribution(
  doc: Y.Doc,
  id: string,
  teacherId: string,
  at = new Date(),
): ModerationResult {
  const by = contributionOf(doc, id);
  const map = readDocument(doc);
  if (map.nodes[id] === undefined)
    return { ok: false, code: 'unknown-node', message: 'No such node in this map.' };
  if (by === undefined || by.by === teacherId) {
    return { ok: false, code: 'not-a-contribution', message: 'Only what a student added can be hidden.' };
  }
  const branch = new Set([id]);
  const edges = Object.values(map.edges);
  const links = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const edge of edges) {
      const touches =
        branch.has(edge.source) ||
        branch.has(edge.target) ||
        links.has(edge.target) ||
        links.has(edge.source);
      if (touches && !links.has(edge.id)) {
        links.add(edge.id);
        grew = true;
      }
      // What bears on the branch (or on one of its links) goes with it.
      if (
        (branch.has(edge.target) || links.has(edge.target)) &&
        !branch.has(edge.source) &&
        map.nodes[edge.source]
      ) {
        branch.add(edge.source);
        grew = true;
      }
    }
  }
  const hidden: HiddenBranch = {
    nodes: [...branch].map((node) => map.nodes[node] as ArgNode),
    edges: [...links].map((edge) => map.edges[edge] as ArgEdge),
    by,
    at: at.toISOString(),
  };
  doc.transact(() => {
    const nodes = doc.getMap(NODES);
    const edgeMap = doc.getMap(EDGES);
    for (const edge of links) edgeMap.delete(edge);
    for (const node of branch) nodes.delete(node);
    doc.getMap(HIDDEN).set(id, hidden);
  });
  return { ok: true, nodes: branch.size };
}

/** Puts a hidden branch back: its nodes, and its links whose ends are in the map again. */
export function showContribution(doc: Y.Doc, id: string): ModerationResult {
  const hidden = readHidden(doc)[id];
  if (hidden === undefined)
    return { ok: false, code: 'not-hidden', message: 'Nothing with this id is hidden.' };
  doc.transact(() => {
    const nodes = doc.getMap(NODES);
    for (const node of hidden.nodes) if (!nodes.has(node.id)) nodes.set(node.id, fields(node));
    const edges = doc.getMap(EDGES);
    const exists = (end: string) => nodes.has(end) || edges.has(end);
    // Undercuts end on links: put links back until nothing more can be.
    const waiting = hidden.edges.filter((edge) => !edges.has(edge.id));
    for (let placed = true; placed; ) {
      placed = false;
      for (const edge of waiting) {
        if (!edges.has(edge.id) && exists(edge.source) && exists(edge.target)) {
          edges.set(edge.id, fields(edge));
          placed = true;
        }
      }
    }
    doc.getMap(HIDDEN).delete(id);
  });
  return { ok: true, nodes: hidden.nodes.length };
}

/** Accepts a student's contribution: from then on only the teacher changes it. */
export function acceptContribution(doc: Y.Doc, id: string, teacherId: string): ModerationResult {
  const by = contributionOf(doc, id);
  if (!doc.getMap(NODES).has(id))
    return { ok: false, code: 'unknown-node', message: 'No such node in this map.' };
  if (by === undefined || by.by === teacherId) {
    return { ok: false, code: 'not-a-contribution', message: 'Only what a student added can be accepted.' };
  }
  doc.transact(() => doc.getMap(CONTRIBUTIONS).set(id, { ...by, accepted: true } satisfies Contribution));
  return { ok: true, nodes: 1 };
}

/** The hidden branches, by the id of the node hidden. */
export function readHidden(doc: Y.Doc): Record<string, HiddenBranch> {
  return doc.getMap(HIDDEN).toJSON() as Record<string, HiddenBranch>;
}

/** A node or edge as the document keeps it: one `Y.Map` of its fields. */
function fields(value: ArgNode | ArgEdge): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  for (const [key, field] of Object.entries(value)) if (field !== undefined) entry.set(key, field);
  return entry;
}
