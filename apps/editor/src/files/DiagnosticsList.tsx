import type { Diagnostic } from '@argmap/core';

/** Where a diagnostic points: "line 3, column 7", or a JSON path such as "edges › e1 › target". */
export function diagnosticLocation(diagnostic: Diagnostic): string | undefined {
  if (diagnostic.line !== undefined) {
    return diagnostic.column !== undefined
      ? `line ${diagnostic.line}, column ${diagnostic.column}`
      : `line ${diagnostic.line}`;
  }
  if (diagnostic.path && diagnostic.path.length > 0) return diagnostic.path.join(' › ');
  return undefined;
}

/** Some parsers start their messages with "Line 4, column 27:"; the list shows that once. */
function withoutLocation(message: string): string {
  const rest = message.replace(/^line \d+(, column \d+)?:\s*/i, '');
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : message;
}

/**
 * Every problem found in a file or a stored map, with where it is. Messages are rendered as text,
 * so a label quoted in a message (it may hold markup) is shown, never run.
 */
export function DiagnosticsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics" aria-label="Problems">
      {diagnostics.map((diagnostic, index) => {
        const where = diagnosticLocation(diagnostic);
        return (
          // Diagnostics have no id and may repeat; their order is stable for one list.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={index} className={`diagnostics__item diagnostics__item--${diagnostic.severity}`}>
            {where ? <span className="diagnostics__where">{where}</span> : null}
            <span className="diagnostics__message">
              {where ? withoutLocation(diagnostic.message) : diagnostic.message}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
