import { useEditor } from '../state/EditorContext.tsx';
import { Dialog } from './Dialog.tsx';

/** The full quote of a piece of evidence, with everything known about its source. */
export function QuoteDialog({ nodeId }: { nodeId: string }) {
  const node = useEditor((state) => state.map.nodes.get(nodeId));
  if (!node?.evidence) return null;
  const { quote, source, kind } = node.evidence;
  const facts: [string, string | undefined][] = [
    ['Speaker', [source.speaker, source.role].filter(Boolean).join(', ') || undefined],
    ['Title', source.title],
    ['Published in', source.outlet],
    ['Date', source.date],
    ['Kind', kind.replace('-', ' ')],
  ];
  return (
    <Dialog title="Quote" wide>
      <p className="quote-summary">{node.text}</p>
      <blockquote className="quote-text">{quote || '(no quote entered yet)'}</blockquote>
      <dl className="quote-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {source.url ? (
        <p>
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            Read the source
          </a>
        </p>
      ) : null}
    </Dialog>
  );
}
