/**
 * Why a node is accepted, rejected or undecided under an extension semantics, in the semantics'
 * own terms. Grounded has one labelling, so the reason is there: the accepted attacker that
 * defeats the node, or, for an accepted node, each attack and the accepted node that answers it
 * (a dispute tree one level deep). Preferred, stable and complete can have several extensions; a
 * node's verdict then depends on which one you stand in, so the explanation gives its label and
 * the reason in each extension, and says how many extensions accept it.
 *
 * @module
 */
import { fail, ok, type Result } from '../result.ts';
import type { Evaluator } from './evaluate.ts';
import { explainLabel, type LabelExplanation } from './explain.ts';
import type { ExtensionSemantics } from './extensions/acceptability.ts';
import { labellingAt } from './extensions/acceptability.ts';

/** How many extensions an explanation looks into at most (each is a reason the student reads). */
export const EXPLAINED_EXTENSIONS = 4;

/** The node's label in one extension, and why. */
export interface ExtensionReason extends LabelExplanation {
  /** Which extension (0-based, in the order `evaluation.extensions` lists them). */
  extension: number;
}

/** Why a node has its verdict under an extension semantics. */
export interface AcceptanceExplanation {
  node: string;
  semantics: ExtensionSemantics;
  /**
   * `accepted`: in every extension; `rejected`: out in every extension; `undecided`: undecided in
   * every extension, or different between them (see `acceptedIn`); `unknown`: the search ran out
   * of time.
   */
  verdict: 'accepted' | 'rejected' | 'undecided' | 'unknown';
  /** How many extensions there are (`null` if the search ran out of time). */
  extensionCount: number | null;
  /** Of the extensions explained, how many accept the node. */
  acceptedIn: number;
  /** The reason in each of the first {@link EXPLAINED_EXTENSIONS} extensions (grounded: its one). */
  extensions: ExtensionReason[];
}

const VERDICT: Record<string, AcceptanceExplanation['verdict']> = {
  in: 'accepted',
  out: 'rejected',
  undec: 'undecided',
  unknown: 'unknown',
};

/** Explains one node's verdict under the evaluator's extension semantics. */
export function explainAcceptance(evaluator: Evaluator, nodeId: string): Result<AcceptanceExplanation> {
  const v = evaluator.graph.index.get(nodeId);
  if (v === undefined) {
    return fail([
      {
        severity: 'error',
        code: 'evaluate/unknown-node',
        message: `There is no node "${nodeId}" in the map.`,
        path: ['node'],
      },
    ]);
  }
  const { acceptability, framework } = evaluator;
  if (!acceptability || !framework) {
    return fail([
      {
        severity: 'error',
        code: 'evaluate/needs-extension',
        message:
          'Accepted and rejected need an extension semantics (grounded, complete, preferred or stable).',
        path: ['semantics'],
      },
    ]);
  }
  const label = evaluator.evaluation.nodes.get(nodeId)?.label ?? 'unknown';
  const count = acceptability.semantics === 'grounded' ? 1 : (acceptability.extensionCount ?? null);
  const extensions: ExtensionReason[] = [];
  const shown = Math.min(EXPLAINED_EXTENSIONS, count ?? 0);
  for (let k = 0; k < shown; k++) {
    const labels =
      acceptability.semantics === 'grounded' ? acceptability.grounded : labellingAt(acceptability, k);
    if (!labels) break;
    extensions.push({ extension: k, ...explainLabel(framework, evaluator.graph, labels, v) });
  }
  return ok({
    node: nodeId,
    semantics: acceptability.semantics,
    verdict: VERDICT[label] ?? 'unknown',
    extensionCount: count,
    acceptedIn: extensions.filter((e) => e.label === 'in').length,
    extensions,
  });
}
