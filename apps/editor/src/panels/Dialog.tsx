import { type ReactNode, useEffect, useId, useRef } from 'react';
import { EditorMode } from '../machine/EditorModeProvider.tsx';

/**
 * A modal dialog over the editor. Focus moves into it on open and back to where it was on close;
 * Escape closes it (the statechart's CANCEL), as does the Close button or a click outside.
 */
export function Dialog({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const mode = EditorMode.useActorRef();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      ref.current?.querySelector<HTMLElement>('button, input, select, textarea');
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside is a mouse shortcut; Escape and Close do the same by keyboard.
    <div
      className="dialog-backdrop"
      role="presentation"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) mode.send({ type: 'CANCEL' });
      }}
    >
      <div
        ref={ref}
        className={`dialog${wide ? ' dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            mode.send({ type: 'CANCEL' });
          }
        }}
      >
        <div className="dialog__head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="dialog__close" onClick={() => mode.send({ type: 'CANCEL' })}>
            Close
          </button>
        </div>
        <div className="dialog__body">{children}</div>
      </div>
    </div>
  );
}
