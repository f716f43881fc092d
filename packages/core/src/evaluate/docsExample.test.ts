import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, type Semantics } from './evaluate.ts';
import type { SupportInterpretation } from './extensions/framework.ts';
import { frameworkFromAttacks } from './extensions/framework.ts';
import { evidenceRanking, whatIf } from './questions.ts';
import { findExtension, isCredulouslyAccepted, isScepticallyAccepted } from './sat/acceptance.ts';
import { carBanExample } from './testMaps.ts';

// Every number and label quoted in docs/evaluation.md, so the guide cannot drift from the code.
const map = carBanExample();

function strengths(semantics: Semantics): Record<string, number> {
  const result = evaluate(map, { semantics });
  if (!result.ok) throw new Error('expected ok');
  return Object.fromEntries([...result.value.nodes].map(([id, n]) => [id, Number(n.strength?.toFixed(3))]));
}

function labels(semantics: Semantics, support: SupportInterpretation = 'none') {
  const result = evaluate(map, { semantics, support });
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

describe('the car-ban example of docs/evaluation.md', () => {
  it('has the strengths in the gradual table', () => {
    expect(strengths('dfquad')).toMatchObject({ p: 0.818, c1: 0.867, c2: 0.23, c3: 0.067 });
    expect(strengths('quad')).toMatchObject({ p: 0.573, c1: 0.657, c2: 0.365, c3: 0.171 });
    expect(strengths('euler')).toMatchObject({ p: 0.525, c1: 0.568, c2: 0.419, c3: 0.416 });
    expect(strengths('quadratic-energy')).toMatchObject({ p: 0.517, c1: 0.576, c2: 0.387, c3: 0.375 });
  });

  it('has the labels and extension counts in the acceptability table', () => {
    expect(labels('grounded').nodes.toJSON()).toMatchObject({
      p: { label: 'in' },
      c1: { label: 'undec' },
      c2: { label: 'out' },
    });
    expect(labels('complete').extensionCount).toBe(3);
    expect(labels('preferred').extensionCount).toBe(2);
    expect(labels('stable').extensionCount).toBe(2);
    expect(labels('preferred').nodes.get('c1')).toEqual({ label: 'undec', credulous: true });
  });

  it('changes as described under deductive and necessary support', () => {
    expect(labels('grounded', 'deductive').extensions?.[0]?.sort()).toEqual(['e3', 'p', 'u']);
    expect(labels('grounded', 'necessary').nodes.get('p')?.label).toBe('undec');
    const preferred = labels('preferred', 'necessary').extensions?.filter((e) => e.includes('p'));
    expect(preferred?.map((e) => e.includes('c1'))).toEqual([true]);
  });

  it('has the what-if and ranking numbers', () => {
    const evaluator = createEvaluator(map);
    if (!evaluator.ok) throw new Error('expected ok');
    const removal = whatIf(evaluator.value, { remove: 'e3' });
    if (!removal.ok || !('shifts' in removal.value)) throw new Error('expected shifts');
    const after = Object.fromEntries(removal.value.shifts.map((s) => [s.node, Number(s.after?.toFixed(3))]));
    expect(after).toMatchObject({ c2: 0.58, p: 0.643 });
    const ranking = evidenceRanking(evaluator.value, 'p');
    if (!ranking.ok) throw new Error('expected ok');
    expect(ranking.value.map((r) => [r.evidence, Number(r.delta.toFixed(3))])).toEqual([
      ['e1', -0.267],
      ['e3', -0.175],
      ['e2', 0.04],
    ]);
  });
});

describe('the acceptance example of docs/evaluation.md', () => {
  it('answers as the guide says: 0 ↔ 1, and 2 attacks only itself', () => {
    const af = frameworkFromAttacks(3, [0, 1, 2], [1, 0, 2]);
    expect(isCredulouslyAccepted(af, 0, 'preferred')).toBe(true);
    expect(isCredulouslyAccepted(af, 0, 'stable')).toBe(false);
    expect(isScepticallyAccepted(af, 0, 'preferred', { timeBudgetMs: 500 })).toBe(false);
    expect([...(findExtension(af, 'semi-stable') as Int32Array)]).toEqual([0]);
    expect(findExtension(af, 'stable')).toBeNull();
  });
});
