import type { ArgMap } from '@argmap/core';
import { useEffect, useRef } from 'react';
import { formatCitation } from './citation.ts';

/**
 * The whole quote of one or more evidence nodes, over the stage at the projector's reading size:
 * a projector node clamps its quote to three lines, and a class discussing a source needs every
 * word of it. The full citation (with the article's title) comes with it. Q, Esc or the button
 * closes it; moving to another step closes it too.
 */
export function QuoteOverlay({
  map,
  nodeIds,
  onClose,
}: {
  map: ArgMap;
  nodeIds: readonly string[];
  onClose: () => void;
}) {
  const close = useRef<HTMLButtonElement>(null);
  // Focus goes to the overlay's button, so Enter or Space closes it and Tab stays on what is shown.
  useEffect(() => {
    close.current?.focus({ preventScroll: true });
  }, []);
  const evidence = nodeIds.flatMap((id) => {
    const node = map.nodes.get(id);
    return node?.evidence ? [{ id, text: node.text, evidence: node.evidence }] : [];
  });
  if (evidence.length === 0) return null;
  return (
    <section className="present-quote" aria-label={evidence.length > 1 ? 'Whole quotes' : 'Whole quote'}>
      <div className="present-quote__list" data-count={evidence.length}>
        {evidence.map(({ id, text, evidence: { quote, source } }) => (
          <figure key={id} className="present-quote__item" data-id={id}>
            <p className="present-quote__claim">{text}</p>
            <blockquote className="present-quote__text">“{quote}”</blockquote>
            <figcaption className="present-quote__cite">— {formatCitation(source)}</figcaption>
          </figure>
        ))}
      </div>
      <button ref={close} type="button" className="present-quote__close" onClick={onClose}>
        Close (Q)
      </button>
    </section>
  );
}
