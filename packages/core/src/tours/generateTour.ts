/**
 * "Generate a tour": a sensible first walk through a map that a teacher then edits.
 * The question first, then each position with its strongest supports and objections, then the
 * evidence under each position, a node and a few of its direct reasons at a time, and finally the
 * question with its positions again (where the verdict can be revealed). Every step is small
 * enough for a projector to show at a size the back row can read.
 *
 * @module
 */

import type { ArgMap, ArgNode, Tour, TourStep } from '../model/types.ts';
import { baseScoreStrength, reasonsFor, type StrengthOf } from './strongest.ts';
import { freshTourId } from './tourIds.ts';

/** Choices for {@link generateTour}. */
export interface GenerateTourOptions {
  /** Id of the new tour; defaults to an id no tour of the map uses yet. */
  id?: string;
  /** Title of the new tour; defaults to the map's title. */
  title?: string;
  /** How strong each node is, to pick the reasons shown first; defaults to base scores. */
  strength?: StrengthOf;
  /**
   * How many supports, and how many objections, a position step shows at most (default 1: the
   * strongest of each, which a projector can show side by side at full size).
   */
  reasonsPerSide?: number;
  /**
   * How many reasons (quotes, or claims under a claim) one step reveals under its node before the
   * node gets another step (default 2: two quotes side by side under their claim fit a projector).
   */
  evidencePerStep?: number;
}

// Longest generated step title, in characters: one line of the projector's 40 px header.
const TITLE_LENGTH = 64;

/**
 * Builds a default tour of `map`. It never fails: a map without a question starts at its
 * positions, and an empty map gets a tour with no steps. Every node of the map is revealed by
 * the last step, so nothing is left out of the talk.
 */
export function generateTour(map: ArgMap, options: GenerateTourOptions = {}): Tour {
  const strength = options.strength ?? baseScoreStrength(map);
  const perSide = Math.max(0, options.reasonsPerSide ?? 1);
  const perEvidenceStep = Math.max(1, options.evidencePerStep ?? 2);
  const nodes = map.nodes.toArray();
  const steps: Omit<TourStep, 'id'>[] = [];
  const revealed = new Set<string>();
  // Revealed nodes in the order the class first sees them.
  const order: string[] = [];
  const push = (step: Omit<TourStep, 'id'>) => {
    const ids = unique(step.nodes);
    if (ids.length === 0 || ids.every((id) => revealed.has(id))) return;
    for (const id of ids) {
      if (!revealed.has(id)) order.push(id);
      revealed.add(id);
    }
    steps.push({ ...step, nodes: ids });
  };

  const questions = nodes.filter((node) => node.kind === 'question');
  push({
    title: questions.length > 1 ? 'The questions' : 'The question',
    nodes: questions.map((node) => node.id),
    notes:
      map.meta.description ?? 'Read the question aloud. What would you answer before seeing any arguments?',
  });

  const positions = readingOrder(map, questions).filter((node) => node.kind === 'position');
  for (const position of positions) {
    const reasons = reasonsFor(map, position.id, strength);
    const notEvidence = (id: string) => map.nodes.get(id)?.kind !== 'evidence';
    push({
      title: shortText(position.text),
      nodes: [
        position.id,
        ...reasons.supports.filter(notEvidence).slice(0, perSide),
        ...reasons.objections.filter(notEvidence).slice(0, perSide),
      ],
      notes: 'Which reason here is strongest? Which objection would you answer first?',
    });
  }

  // Evidence comes reason by reason: each step shows one node with a few of the reasons bearing
  // directly on it (its quotes, or the claims under it), so a step is two rows of boxes that a
  // projector can show at full size. Deeper reasons get their own steps, under their own node.
  const reasonsInto = incomingReasons(map);
  const walk = (anchor: string, prefix: (hasEvidence: boolean) => string, anyKind: boolean) => {
    const fresh = unique(reasonsInto.get(anchor) ?? []).filter((id) => {
      const kind = map.nodes.get(id)?.kind;
      return !revealed.has(id) && (anyKind || (kind !== 'position' && kind !== 'question'));
    });
    const hasEvidence = fresh.some((id) => map.nodes.get(id)?.kind === 'evidence');
    const chunks = fresh.length > 0 ? chunk(fresh, perEvidenceStep) : [[]];
    chunks.forEach((ids, i) => {
      const part = chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : '';
      const lead = `${prefix(hasEvidence)}: `;
      // Named after the node the step is about; a question's text would only repeat step one.
      const named = map.nodes.get(anchor)?.kind === 'question' && ids[0] ? ids[0] : anchor;
      const text = shortText(map.nodes.get(named)?.text ?? '', TITLE_LENGTH - lead.length - part.length);
      push({
        title: `${lead}${text}${part}`,
        nodes: [anchor, ...ids],
        notes: hasEvidence
          ? 'Who said this, and how do they know? How much would you trust it?'
          : 'How does this reason bear on the position? Is it strong?',
      });
    });
  };
  for (const position of positions) {
    const reasons = reasonsFor(map, position.id, strength);
    for (const top of [...reasons.supports, ...reasons.objections, position.id]) {
      if (top !== position.id && map.nodes.get(top)?.kind !== 'claim') continue;
      for (const anchor of [top, ...subtree(map, top)]) {
        walk(anchor, (hasEvidence) => (hasEvidence ? 'Evidence' : 'Reasons'), false);
      }
    }
  }

  // What the walk above did not reach (undercuts of a position, reasons of a node with several
  // parents...), still node by node under what it bears on; then whatever is not connected at all.
  for (let i = 0; i < order.length; i++) {
    walk(order[i] as string, () => 'Also on the map', true);
  }
  const rest = nodes.map((node) => node.id).filter((id) => !revealed.has(id));
  for (const ids of chunk(rest, perEvidenceStep + 1)) push({ title: 'Also on the map', nodes: ids });

  // The whole map does not fit on a projector at a readable size; the question and its answers do,
  // and they are where the verdict is read.
  const verdict = [...questions, ...positions].map((node) => node.id);
  if (steps.length > 1 && verdict.length > 0) {
    steps.push({
      title: 'The verdict',
      nodes: verdict,
      notes:
        'Every argument is now on the board. Switch on the strengths to reveal the verdict: which answer holds up best? Does the class agree?',
    });
  }

  return {
    id: options.id ?? freshTourId(map),
    title: options.title ?? map.meta.title,
    steps: steps.map((step, i) => ({ id: `step-${i + 1}`, ...step })),
  };
}

/**
 * Nodes in the order a reader meets them: from the questions down through the reasons bearing on
 * them (breadth first), then whatever is not connected, in map order.
 */
function readingOrder(map: ArgMap, questions: ArgNode[]): ArgNode[] {
  const reasonsInto = incomingReasons(map);
  const order: string[] = questions.map((node) => node.id);
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const source of reasonsInto.get(order[i] as string) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      order.push(source);
    }
  }
  for (const id of map.nodes.keys()) if (!seen.has(id)) order.push(id);
  return order.flatMap((id) => map.nodes.get(id) ?? []);
}

/** Reasons below `rootId`, breadth first, not descending into other positions or questions. */
function subtree(map: ArgMap, rootId: string): string[] {
  const reasonsInto = incomingReasons(map);
  const found: string[] = [];
  const seen = new Set([rootId]);
  const queue = [rootId];
  for (let i = 0; i < queue.length; i++) {
    for (const source of reasonsInto.get(queue[i] as string) ?? []) {
      const kind = map.nodes.get(source)?.kind;
      if (seen.has(source) || kind === 'position' || kind === 'question') continue;
      seen.add(source);
      found.push(source);
      queue.push(source);
    }
  }
  return found;
}

/** For each node, the sources of edges bearing on it; undercuts count for the edge's target. */
function incomingReasons(map: ArgMap): Map<string, string[]> {
  const into = new Map<string, string[]>();
  const add = (target: string, source: string) => {
    if (!map.nodes.has(source)) return;
    const list = into.get(target) ?? [];
    list.push(source);
    into.set(target, list);
  };
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') {
      const attacked = map.edges.get(edge.target);
      if (attacked) add(attacked.target, edge.source);
    } else {
      add(edge.target, edge.source);
    }
  }
  return into;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A node's text cut down to a slide title: the part before a colon when the text reads
 * "Claim: explanation", otherwise the first words up to `max` characters.
 */
export function shortText(text: string, max = 60): string {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= max) return text.slice(0, colon).trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
