/**
 * Reads ASPARTIX `.apx`: facts `arg(a).` and `att(a,b).`, `%` comments, several facts to a line.
 * Attacks may name arguments declared further down; undeclared ones are reported with the line
 * of the attack.
 *
 * @module
 */
import { type Diagnostic, fail, ok, type Result } from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { AttackPairs, checkLineEndings, errorAt, type FrameworkArrays } from './frameworkArrays.ts';
import { eachLine } from './lines.ts';

const APX_FACT = /^(arg|att)\s*\(\s*([^,()\s]+)\s*(?:,\s*([^,()\s]+)\s*)?\)\s*\.$/;

/** Reads an `.apx` file into arrays; see {@link FrameworkArrays}. */
export function readApx(text: string, options?: ParseOptions): Result<FrameworkArrays> {
  const guard = checkTextInput(text, 'ASPARTIX', options) ?? checkLineEndings(text, 'ASPARTIX');
  if (guard) return fail([guard]);
  const errors: Diagnostic[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  const attacks: { from: string; to: string; line: number; column: number }[] = [];
  eachLine(text, (raw, line) => {
    const code = raw.replace(/%.*$/, '');
    // A line may hold several facts, each ended by a full stop; names never contain one.
    let offset = 0;
    const pieces = code.split('.');
    pieces.forEach((piece, at) => {
      const fact = piece.trim();
      const column = offset + piece.indexOf(fact) + 1;
      offset += piece.length + 1;
      if (fact === '' || errors.length > 100) return;
      const parsed = at < pieces.length - 1 ? APX_FACT.exec(`${fact}.`) : null;
      if (!parsed || (parsed[1] === 'arg') !== (parsed[3] === undefined)) {
        errors.push(
          errorAt('apx-syntax', `Expected arg(a). or att(a,b)., found "${fact.slice(0, 40)}".`, line, column),
        );
        return;
      }
      const name = parsed[2]!;
      if (parsed[1] === 'att') attacks.push({ from: name, to: parsed[3]!, line, column });
      else if (!index.has(name)) {
        index.set(name, names.length);
        names.push(name);
      }
    });
  });
  const pairs = new AttackPairs(attacks.length);
  for (const attack of attacks) {
    const from = index.get(attack.from);
    const to = index.get(attack.to);
    if (from !== undefined && to !== undefined) {
      pairs.push(from, to);
      continue;
    }
    for (const name of [attack.from, attack.to]) {
      if (!index.has(name) && errors.length <= 100) {
        errors.push(
          errorAt(
            'apx-unknown-argument',
            `att(${attack.from},${attack.to}) names ${name}, which has no arg(${name}).`,
            attack.line,
            attack.column,
          ),
        );
      }
    }
  }
  if (errors.length > 0) return fail(errors);
  return ok({ size: names.length, names, ...pairs.arrays() });
}
