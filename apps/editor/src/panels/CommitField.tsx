import type { Edit, Result } from '@argmap/core';
import { useEffect, useId, useRef, useState } from 'react';

/** Props of {@link CommitField}. */
export interface CommitFieldProps {
  label: string;
  value: string;
  /** Applies the new value; a refusal's message is shown under the field. */
  onCommit: (value: string) => Result<Edit> | undefined;
  multiline?: boolean;
  placeholder?: string;
  type?: 'text' | 'url' | 'date';
}

/**
 * A labelled text field that saves when it loses focus (or on Enter in one-line fields; Escape
 * drops the typing), so typing
 * a URL letter by letter is one edit, and a half-typed value is never refused mid-word.
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline,
  placeholder,
  type = 'text',
}: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  // Set by Escape: the field is being left without saving what was typed.
  const cancelled = useRef(false);
  useEffect(() => {
    setDraft(value);
    setError(undefined);
  }, [value]);
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (draft === value) return;
    const result = onCommit(draft);
    setError(result && !result.ok ? result.diagnostics[0]?.message : undefined);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: commit,
    // Escape drops what was typed (the panel then returns focus to the node).
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape' && draft !== value) {
        cancelled.current = true;
        setDraft(value);
      } else if (event.key === 'Enter' && !multiline) commit();
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type === 'date' ? 'text' : type}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
