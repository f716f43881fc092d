import { useEffect, useRef } from 'react';
import { EditorMode } from '../machine/EditorModeProvider.tsx';

/**
 * The text field that replaces a node's statement while it is edited. Enter commits, Shift+Enter
 * adds a line, Escape cancels; leaving the field commits, as in every outliner students know.
 */
export function InlineTextEditor({ initial, label }: { initial: string; label: string }) {
  const actor = EditorMode.useActorRef();
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    // React Flow keeps a new node hidden until it has measured it, and hidden fields refuse
    // focus: keep trying for a few frames.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const field = ref.current;
      if (!field) return;
      field.focus();
      if (document.activeElement === field) {
        field.select();
        return;
      }
      if (++tries < 30) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, []);
  const commit = () => {
    if (done.current) return;
    done.current = true;
    actor.send({ type: 'COMMIT_TEXT', text: ref.current?.value.trim() ?? initial });
  };
  return (
    <textarea
      ref={ref}
      className="arg-node__editor nodrag nowheel"
      aria-label={label}
      defaultValue={initial}
      rows={3}
      onBlur={commit}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          commit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          done.current = true;
          actor.send({ type: 'CANCEL' });
        }
      }}
    />
  );
}
