/**
 * Explanations as plain sentences, one per line, for the editor's "Why?" dialog and
 * `argmap evaluate --explain`. The numbers are whole percentage points that add up (see
 * `attribution.ts`), so a student can check the sum on the page.
 *
 * @module
 */
import type { ArgMap } from '../model/types.ts';
import type { AcceptanceExplanation, ExtensionReason } from './acceptance.ts';
import type { AttributedStrength, Attribution } from './attribution.ts';
import type { Reason } from './explain.ts';

const MAX_NAME = 70;

/** A node as a student knows it: its text in quotes, shortened; its id if it has no text. */
export function nodeName(map: ArgMap, id: string): string {
  const text = map.nodes.get(id)?.text.trim().replace(/\s+/g, ' ') ?? '';
  if (!text) return `(node ${id}, no text)`;
  return `“${text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1).trimEnd()}…` : text}”`;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const signed = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '±0');
const pointsWord = (points: number) => (Math.abs(points) === 1 ? 'point' : 'points');

/** One sentence for one link's share: what it did, how much, and why (its relation and strength). */
export function contributionSentence(map: ArgMap, c: Attribution): string {
  const who = nodeName(map, c.from);
  const how =
    c.kind === 'undercuts'
      ? `it undercuts the link from ${nodeName(map, linkSource(map, c.undercuts))} with strength ${percent(c.fromStrength)}`
      : `it ${c.kind === 'supports' ? 'supports' : 'opposes'} it with strength ${percent(c.fromStrength)}`;
  if (c.points > 0) return `${who} lifts it ${c.points} ${pointsWord(c.points)}: ${how}.`;
  if (c.points < 0) return `${who} pulls it down ${-c.points} ${pointsWord(c.points)}: ${how}.`;
  if (Math.abs(c.share) < 1e-9) return `${who} changes nothing: ${how}, but ${whyNothing(c)}.`;
  return `${who} moves it by less than a point: ${how}.`;
}

function whyNothing(c: Attribution): string {
  if (c.fromStrength === 0) return 'it has no strength left';
  return 'the other links already settle the node';
}

function linkSource(map: ArgMap, edgeId: string | undefined): string {
  return (edgeId && map.edges.get(edgeId)?.source) || '';
}

/** The strength explanation as sentences: the total, one line per link, and how the shares are made. */
export function strengthSentences(map: ArgMap, why: AttributedStrength): string[] {
  const from = Math.round(why.base * 100);
  const to = Math.round(why.strength * 100);
  const lines = [
    why.contributions.length === 0
      ? `Nothing argues for or against it: its strength is its base score, ${from}%.`
      : `It starts at its base score of ${from}% and ends at ${to}%: ${why.contributions
          .map((c) => signed(c.points))
          .join(' ')} = ${signed(to - from)} ${pointsWord(to - from)}.`,
  ];
  for (const c of why.contributions) lines.push(contributionSentence(map, c));
  if (why.contributions.length > 1) {
    lines.push(
      why.method === 'exact'
        ? 'Each link’s points are its average effect over every order in which the links could be added (its Shapley value), so they add up to the change.'
        : `Each link’s points are its average effect over ${why.orders?.toLocaleString('en')} random orders in which the links could be added (an estimate of its Shapley value: with ${why.contributions.length} links there are too many orders to try them all); they still add up to the change.`,
    );
  }
  return lines;
}

const SEMANTICS_NAME: Record<AcceptanceExplanation['semantics'], string> = {
  grounded: 'grounded',
  complete: 'complete',
  preferred: 'preferred',
  stable: 'stable',
  'semi-stable': 'semi-stable',
  stage: 'stage',
  ideal: 'ideal',
};

function reasonName(map: ArgMap, reason: Reason): string {
  return reason.via ? `the objection from ${nodeName(map, reason.node)}` : nodeName(map, reason.node);
}

/** Why the node has its label in one labelling, in that labelling's terms. */
function labelSentences(map: ArgMap, reason: ExtensionReason): string[] {
  if (reason.label === 'out') {
    return reason.defeatedBy.map(
      (r) => `${reasonName(map, r)} attacks it and is itself accepted, so it is rejected.`,
    );
  }
  if (reason.label === 'undec') {
    return reason.undecidedBecause.map(
      (r) =>
        `${reasonName(map, r)} attacks it and is itself undecided, so it can be neither accepted nor rejected.`,
    );
  }
  if (reason.defences.length === 0) return ['Nothing attacks it.'];
  return reason.defences.map((d) => {
    const answer = d.defendedBy.map((r) => reasonName(map, r)).join(' and ');
    return `${reasonName(map, d.attacker)} attacks it, but ${answer || 'nothing accepted'} ${
      d.defendedBy.length > 1 ? 'are' : 'is'
    } accepted and defeat${d.defendedBy.length > 1 ? '' : 's'} that attack.`;
  });
}

const WORD = { in: 'accepted', out: 'rejected', undec: 'undecided' } as const;

/** The acceptance explanation as sentences: the verdict, then the reason in each extension. */
export function acceptanceSentences(map: ArgMap, why: AcceptanceExplanation): string[] {
  const name = SEMANTICS_NAME[why.semantics];
  if (why.verdict === 'unknown') {
    return [`Unknown: the ${name} extensions could not all be found in the time allowed.`];
  }
  if (why.semantics === 'grounded') {
    const [only] = why.extensions;
    const head = {
      accepted: 'Accepted under grounded, the most sceptical semantics: every attack on it is answered.',
      rejected: 'Rejected under grounded semantics: a node that is itself accepted attacks it.',
      undecided:
        'Undecided under grounded semantics, which accepts only what is beyond dispute: an attack on it is not settled.',
      unknown: '',
    }[why.verdict];
    return [head, ...(only ? labelSentences(map, only) : [])];
  }
  const count = why.extensionCount ?? 0;
  if (count === 0) return [`There is no ${name} extension, so nothing is accepted.`];
  const lines = [
    count === 1
      ? `There is one ${name} extension, and it ${{ accepted: 'accepts', rejected: 'rejects', undecided: 'leaves undecided', unknown: '' }[why.verdict]} this node.`
      : why.verdict === 'accepted'
        ? `Accepted: every one of the ${count} ${name} extensions accepts it.`
        : why.verdict === 'rejected'
          ? `Rejected: every one of the ${count} ${name} extensions rejects it.`
          : `Undecided: the ${count} ${name} extensions disagree about it, or leave it open.`,
  ];
  for (const reason of why.extensions) {
    const sentences = labelSentences(map, reason);
    const prefix = count === 1 ? '' : `In extension ${reason.extension + 1}, it is ${WORD[reason.label]}: `;
    if (count === 1) lines.push(...sentences);
    else lines.push(`${prefix}${sentences.map(lowerFirst).join(' ')}`);
  }
  if (count > why.extensions.length) {
    lines.push(`(${count - why.extensions.length} more extensions are not shown.)`);
  }
  return lines;
}

function lowerFirst(sentence: string): string {
  return sentence.startsWith('Nothing') ? `n${sentence.slice(1)}` : sentence;
}
