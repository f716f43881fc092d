import { RELATION_STYLES } from '../canvas/palette.ts';
import { Dialog } from '../panels/Dialog.tsx';
import { useEditor } from '../state/EditorContext.tsx';
import { useCritique } from './CritiqueContext.tsx';
import { type WhyLine, whyLines } from './critique.ts';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const points = (value: number) => `${value > 0 ? '+' : '−'}${Math.abs(Math.round(value * 100))} points`;

/** "Why?": the node's base score, its strength, and each link that raises or lowers it. */
export function WhyDialog({ nodeId }: { nodeId: string }) {
  const { critique } = useCritique();
  const map = useEditor((state) => state.map);
  const switchedOff = useEditor((state) => state.switchedOff.has(nodeId));
  const node = map.nodes.get(nodeId);
  if (!node) return null;
  const why = switchedOff ? undefined : whyLines(critique.evaluator, nodeId);
  const list = (title: string, lines: WhyLine[]) =>
    lines.length > 0 ? (
      <section>
        <h3>{title}</h3>
        <ul className="why-list">
          {lines.map((line) => (
            <li key={line.edgeId}>
              <span className={`edge-sign edge-sign--${line.kind}`} aria-hidden="true">
                {RELATION_STYLES[line.kind].sign}
              </span>
              <span className="why-list__text">
                {map.nodes.get(line.fromId)?.text || '(no text)'}{' '}
                <span className="why-list__kind">({RELATION_STYLES[line.kind].verb})</span>
              </span>
              <strong className="why-list__effect">{points(line.effect)}</strong>
            </li>
          ))}
        </ul>
      </section>
    ) : null;
  return (
    <Dialog title="Why this strength?" wide>
      <p className="why-node">{node.text || '(no text)'}</p>
      {switchedOff ? (
        <p>
          This node is switched off for a what-if, so it counts for nothing. Press W to switch it back on.
        </p>
      ) : why ? (
        <>
          <p>
            Starts at its base score of <strong>{percent(why.base)}</strong> and ends at{' '}
            <strong>{percent(why.strength)}</strong>.
          </p>
          {list('What raises it', why.raises)}
          {list('What lowers it', why.lowers)}
          {why.raises.length + why.lowers.length === 0 ? (
            <p>Nothing argues for or against it yet: add a reason (R), an objection (O) or evidence (E).</p>
          ) : null}
        </>
      ) : (
        <p>This node could not be weighed.</p>
      )}
    </Dialog>
  );
}
