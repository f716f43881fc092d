import type { Why } from '@argmap/core/evaluate';
import { RELATION_STYLES } from '../canvas/palette.ts';
import { Dialog } from '../panels/Dialog.tsx';
import { useEditor } from '../state/EditorContext.tsx';
import { useCritique } from './CritiqueContext.tsx';
import { whyNode } from './critique.ts';
import { STRENGTH_NAMES } from './SemanticsPicker.tsx';

type StrengthWhy = Extract<Why, { kind: 'strength' }>;
type AcceptanceWhy = Extract<Why, { kind: 'acceptance' }>;

const signed = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '±0');
const VERDICT = {
  accepted: '✓ Accepted',
  rejected: '✗ Rejected',
  undecided: '? Undecided',
  unknown: 'Unknown',
};

/**
 * "Why?": how the node's strength came about, as points per link that add up to the change from
 * its base score (Shapley values, see docs/evaluation.md), and why it is accepted or rejected,
 * in the acceptance semantics' own terms. One plain sentence a line.
 */
export function WhyDialog({ nodeId }: { nodeId: string }) {
  const { critique, settings } = useCritique();
  const node = useEditor((state) => state.map.nodes.get(nodeId));
  const switchedOff = useEditor((state) => state.switchedOff.has(nodeId));
  if (!node) return null;
  const why = switchedOff ? undefined : whyNode(critique, nodeId);
  return (
    <Dialog title="Why?" wide>
      <p className="why-node">{node.text || '(no text)'}</p>
      {switchedOff ? (
        <p>
          This node is switched off for a what-if, so it counts for nothing. Press W to switch it back on.
        </p>
      ) : why?.strength ? (
        <StrengthSection why={why.strength} semantics={STRENGTH_NAMES[settings.strength]} />
      ) : (
        <p>This node could not be weighed.</p>
      )}
      {why?.acceptance && node.kind !== 'question' ? (
        <AcceptanceSection why={why.acceptance} semantics={settings.acceptance} />
      ) : null}
    </Dialog>
  );
}

function StrengthSection({ why, semantics }: { why: StrengthWhy; semantics: string }) {
  const [summary, ...rest] = why.lines;
  const sentences = rest.slice(0, why.contributions.length);
  const note = rest.slice(why.contributions.length);
  const items = why.contributions.map((c, i) => ({ c, sentence: sentences[i] ?? '' }));
  const list = (title: string, wanted: typeof items) =>
    wanted.length > 0 ? (
      <>
        <h4>{title}</h4>
        <ul className="why-list">
          {wanted.map(({ c, sentence }) => (
            <li key={c.edge}>
              <span className={`edge-sign edge-sign--${c.kind}`} aria-hidden="true">
                {RELATION_STYLES[c.kind].sign}
              </span>
              <span className="why-list__text">{sentence}</span>
              <strong className="why-list__effect">{signed(c.points)}</strong>
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <section aria-label="Strength">
      <h3>
        Strength {Math.round(why.strength * 100)}% <span className="why-list__kind">({semantics})</span>
      </h3>
      <p>{summary}</p>
      {list(
        'What raises it',
        items.filter(({ c }) => c.share > 1e-9),
      )}
      {list(
        'What lowers it',
        items.filter(({ c }) => c.share < -1e-9),
      )}
      {list(
        'What changes nothing',
        items.filter(({ c }) => Math.abs(c.share) <= 1e-9),
      )}
      {why.contributions.length === 0 ? (
        <p>Add a reason (R), an objection (O) or evidence (E) to move it.</p>
      ) : null}
      {note.map((line) => (
        <p key={line} className="why-note">
          {line}
        </p>
      ))}
    </section>
  );
}

function AcceptanceSection({ why, semantics }: { why: AcceptanceWhy; semantics: string }) {
  return (
    <section aria-label="Accepted or rejected">
      <h3>
        {VERDICT[why.verdict]} <span className="why-list__kind">({semantics})</span>
      </h3>
      <p>{why.lines[0]}</p>
      {why.lines.length > 1 ? (
        <ul className="why-reasons">
          {why.lines.slice(1).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
