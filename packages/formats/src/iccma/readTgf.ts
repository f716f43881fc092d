/**
 * Reads Trivial Graph Format as ICCMA used it until 2021: `id [label]` lines, a line `#`, then
 * `from to` lines. A node listed twice is one argument; a second, different label is reported
 * as a warning rather than dropped silently.
 *
 * @module
 */
import { type Diagnostic, fail, ok, type Result } from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { AttackPairs, checkLineEndings, errorAt, type FrameworkArrays } from './frameworkArrays.ts';
import { eachLine } from './lines.ts';

/** Reads a `.tgf` file into arrays; see {@link FrameworkArrays}. Warnings come back on success. */
export function readTgf(text: string, options?: ParseOptions): Result<FrameworkArrays> {
  const guard = checkTextInput(text, 'TGF', options) ?? checkLineEndings(text, 'TGF');
  if (guard) return fail([guard]);
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  const labels = new Map<number, string>();
  const pairs = new AttackPairs();
  let inEdges = false;
  eachLine(text, (raw, line) => {
    const body = raw.trim();
    if (body === '' || errors.length > 100) return;
    const column = raw.indexOf(body) + 1;
    if (body === '#') {
      inEdges = true;
      return;
    }
    const [first = '', second, ...rest] = body.split(/\s+/);
    if (!inEdges) {
      const label = body.slice(first.length).trim();
      const known = index.get(first);
      if (known === undefined) {
        index.set(first, names.length);
        if (label) labels.set(names.length, label);
        names.push(first);
      } else if (label && label !== (labels.get(known) ?? '')) {
        warnings.push({
          severity: 'warning',
          code: 'tgf-duplicate-node',
          message: `Node ${first} is listed again with another label; the first one ("${(labels.get(known) ?? first).slice(0, 40)}") is kept.`,
          line,
          column,
        });
      }
      return;
    }
    if (second === undefined) {
      errors.push(
        errorAt('tgf-syntax', `An edge line needs two node ids, found "${body.slice(0, 40)}".`, line, column),
      );
      return;
    }
    for (const name of [first, second]) {
      if (!index.has(name))
        errors.push(
          errorAt(
            'tgf-unknown-argument',
            `Edge names node ${name}, which is not listed before "#".`,
            line,
            column,
          ),
        );
    }
    if (rest.length > 0) {
      errors.push(
        errorAt(
          'tgf-edge-label',
          `Edge labels are not supported in argumentation frameworks ("${rest.join(' ').slice(0, 40)}").`,
          line,
          column,
        ),
      );
    }
    const from = index.get(first);
    const to = index.get(second);
    if (from !== undefined && to !== undefined) pairs.push(from, to);
  });
  if (errors.length > 0) return fail(errors);
  return ok({ size: names.length, names, labels, ...pairs.arrays() }, warnings);
}
