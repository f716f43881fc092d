/**
 * The "full" tour: every node of the map, a node and a few of its reasons at a time. Long (the
 * 82-node example gives about 40 steps), for a seminar that goes through everything or a teacher
 * who cuts it down by hand.
 *
 * @module
 */

import type { ArgMap, ArgNode } from '../model/types.ts';
import { type DraftStep, type DraftSteps, draftSteps, NOTES } from './draftSteps.ts';
import { shortText, TITLE_LENGTH } from './stepTitle.ts';
import { reasonsFor, type StrengthOf } from './strongest.ts';
import { chunk, incomingReasons, subtree, unique } from './tourGraph.ts';

/** What {@link fullWalk} needs to know. */
export interface FullWalkInput {
  map: ArgMap;
  questions: ArgNode[];
  positions: ArgNode[];
  strength: StrengthOf;
  reasonsPerSide: number;
  evidencePerStep: number;
}

/**
 * Each position with its strongest supports and objections, then the evidence under each
 * position, a node and a few of its direct reasons at a time, then whatever that did not reach.
 * Every node of the map is revealed; the question step and the verdict are the caller's.
 */
export function fullWalk(input: FullWalkInput, draft: DraftSteps = draftSteps()): DraftStep[] {
  const { map, positions, strength } = input;
  const { push } = draft;
  for (const position of positions) {
    const reasons = reasonsFor(map, position.id, strength);
    const notEvidence = (id: string) => map.nodes.get(id)?.kind !== 'evidence';
    push({
      title: shortText(position.text),
      nodes: [
        position.id,
        ...reasons.supports.filter(notEvidence).slice(0, input.reasonsPerSide),
        ...reasons.objections.filter(notEvidence).slice(0, input.reasonsPerSide),
      ],
      notes: NOTES.position,
    });
  }

  // Evidence comes reason by reason: each step shows one node with a few of the reasons bearing
  // directly on it (its quotes, or the claims under it), so a step is two rows of boxes that a
  // projector can show at full size. Deeper reasons get their own steps, under their own node.
  const reasonsInto = incomingReasons(map);
  const walk = (anchor: string, prefix: (hasEvidence: boolean) => string, anyKind: boolean) => {
    const fresh = unique(reasonsInto.get(anchor) ?? []).filter((id) => {
      const kind = map.nodes.get(id)?.kind;
      return !draft.revealed.has(id) && (anyKind || (kind !== 'position' && kind !== 'question'));
    });
    const hasEvidence = fresh.some((id) => map.nodes.get(id)?.kind === 'evidence');
    const chunks = fresh.length > 0 ? chunk(fresh, input.evidencePerStep) : [[]];
    chunks.forEach((ids, i) => {
      const part = chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : '';
      const lead = `${prefix(hasEvidence)}: `;
      // Named after the node the step is about; a question's text would only repeat step one.
      const named = map.nodes.get(anchor)?.kind === 'question' && ids[0] ? ids[0] : anchor;
      const text = shortText(map.nodes.get(named)?.text ?? '', TITLE_LENGTH - lead.length - part.length);
      push({
        title: `${lead}${text}${part}`,
        nodes: [anchor, ...ids],
        notes: hasEvidence ? NOTES.evidence : NOTES.reasons,
      });
    });
  };
  for (const position of positions) {
    const reasons = reasonsFor(map, position.id, strength);
    for (const top of [...reasons.supports, ...reasons.objections, position.id]) {
      if (top !== position.id && map.nodes.get(top)?.kind !== 'claim') continue;
      for (const anchor of [top, ...subtree(map, top, reasonsInto)]) {
        walk(anchor, (hasEvidence) => (hasEvidence ? 'Evidence' : 'Reasons'), false);
      }
    }
  }

  // What the walk above did not reach (undercuts of a position, reasons of a node with several
  // parents...), still node by node under what it bears on; then whatever is not connected at all.
  for (let i = 0; i < draft.order.length; i++) {
    walk(draft.order[i] as string, () => 'Also on the map', true);
  }
  const rest = [...map.nodes.keys()].filter((id) => !draft.revealed.has(id));
  for (const ids of chunk(rest, input.evidencePerStep + 1)) push({ title: 'Also on the map', nodes: ids });
  return draft.steps;
}
