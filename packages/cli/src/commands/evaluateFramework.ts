/**
 * `argmap evaluate` on an abstract framework file (`p af`, `.apx`, `.tgf`) under an extension
 * semantics: the file is read straight into the solver's arrays and labelled, without building a
 * map, so a million attacks are read and labelled grounded in well under a second. The output has
 * the same shape as for a map whose nodes are the framework's arguments (all claims).
 *
 * @module
 */
import {
  acceptability,
  type ExtensionSemantics,
  frameworkFromAttacks,
  LABELS,
  listExtensions,
  UNKNOWN,
} from '@argmap/core/evaluate';
import { argumentName, FRAMEWORK_READERS, readFrameworkBytes } from '@argmap/formats';
import type { Io } from '../io.ts';
import { exceedsLimits, type SizeLimits } from '../limits.ts';
import { numberedLines } from './numberedLines.ts';
import { EXIT, printDiagnostics } from './shared.ts';

/** Whether `formatId` is a framework format this path reads. */
export function isFrameworkFormat(formatId: string): formatId is keyof typeof FRAMEWORK_READERS {
  return Object.hasOwn(FRAMEWORK_READERS, formatId);
}

/** Options of {@link evaluateFramework}, already checked by `evaluate`. */
export interface FrameworkRun {
  file: string;
  formatId: keyof typeof FRAMEWORK_READERS;
  semantics: ExtensionSemantics;
  maxBytes: number;
  limits: SizeLimits;
  timeBudgetMs?: number;
  json: boolean;
}

/** Reads, labels and prints; returns the exit code. */
export function evaluateFramework(io: Io, run: FrameworkRun): number {
  const bytes = io.read(run.file, run.maxBytes);
  if (!bytes.ok) {
    printDiagnostics(io, run.file, bytes.diagnostics);
    return EXIT.invalid;
  }
  const { read, text } = readFrameworkBytes(bytes.value, run.formatId, { maxLength: run.maxBytes });
  printDiagnostics(io, run.file, read.diagnostics, text);
  if (!read.ok) return EXIT.invalid;
  const framework = read.value;
  const refused = exceedsLimits(
    { nodes: framework.size, edges: framework.from.length },
    run.limits,
    'evaluate',
  );
  if (refused) {
    printDiagnostics(io, run.file, [refused]);
    return EXIT.invalid;
  }
  const af = frameworkFromAttacks(framework.size, framework.from, framework.to, undefined, {
    lazyAttackers: run.semantics === 'grounded',
  });
  const result = acceptability(
    af,
    run.semantics,
    run.timeBudgetMs === undefined ? {} : { timeBudgetMs: run.timeBudgetMs },
  );
  const name = (i: number) => argumentName(framework, i);
  const codeOf = (i: number) => result.summary[i] ?? UNKNOWN;
  const labelOf = (code: number) => (code === UNKNOWN ? 'unknown' : (LABELS[code] ?? 'unknown'));
  /** One line per argument, `lineFor(label code, name)`, joined by `separator`. */
  const perArgument = (lineFor: (code: number, name: string) => string, separator: string) => {
    const fast = framework.names ? undefined : numberedLines(framework.size, codeOf, lineFor, separator);
    if (fast !== undefined) return fast;
    const lines: string[] = [];
    for (let i = 0; i < framework.size; i++) lines.push(lineFor(codeOf(i), name(i)));
    return lines.join(separator);
  };
  const extensions = listExtensions(result, 100, framework.size).map((members) => members.map(name));
  const count = result.extensionCount ?? null;
  if (run.json) {
    // Written piece by piece: JSON.stringify of a million-key object costs more than the labelling.
    const entry = (code: number, n: string) => `    ${JSON.stringify(n)}: { "label": "${labelOf(code)}" }`;
    io.out(
      `{\n  "semantics": "${run.semantics}",\n  "support": "none",\n  "nodes": {\n${perArgument(entry, ',\n')}\n  },\n` +
        `  "extensions": ${JSON.stringify(extensions)},\n  "extensionCount": ${count}\n}\n`,
    );
    return EXIT.ok;
  }
  const lines = [
    `Semantics: ${run.semantics}, support: none`,
    `Extensions: ${count ?? 'unknown (time budget ran out)'}`,
    '',
  ];
  const line = (code: number, n: string) => `${labelOf(code).padStart(7)}  claim     ${n} [${n}]`;
  io.out(`${lines.join('\n')}\n${perArgument(line, '\n')}${framework.size > 0 ? '\n' : ''}`);
  return EXIT.ok;
}
