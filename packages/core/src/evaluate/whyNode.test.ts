import { describe, expect, it } from 'vitest';
import { exportControlsExample } from '../examples/exportControls.ts';
import { createEvaluator, type Semantics } from './evaluate.ts';
import { miniMap } from './testMaps.ts';
import { explainWhy } from './whyNode.ts';

function why(map: ReturnType<typeof miniMap>, semantics: Semantics, id: string) {
  const evaluator = createEvaluator(map, { semantics });
  if (!evaluator.ok) throw new Error('evaluation failed');
  const result = explainWhy(evaluator.value, id);
  if (!result.ok) throw new Error(result.diagnostics[0]?.message);
  return result.value;
}

describe('explainWhy', () => {
  it('explains "Export controls backfire" with points a student can add up on the page', () => {
    const result = why(exportControlsExample, 'dfquad', 'p-backfire');
    expect(result.kind).toBe('strength');
    if (result.kind !== 'strength') return;
    const [head, ...rest] = result.lines;
    // "It starts at its base score of 50% and ends at 52%: +a −b … = +2 points."
    const match = head?.match(/base score of (\d+)% and ends at (\d+)%: (.*) = ([+−±]\d+) points?\.$/);
    expect(match).not.toBeNull();
    const terms = (match?.[3] ?? '').split(' ').map((t) => Number(t.replace('−', '-').replace('±', '')));
    const total = Number((match?.[4] ?? '').replace('−', '-').replace('±', ''));
    expect(terms.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(Number(match?.[2]) - Number(match?.[1]));
    expect(rest[0]).toMatch(
      /^“.+” (lifts it|pulls it down) \d+ points?: it (supports|opposes) it with strength \d+%\.$/,
    );
    expect(rest.at(-1)).toMatch(/Shapley value/);
  });

  it('under grounded, names the accepted attacker that rejects a node', () => {
    const map = miniMap({ t: 0.5, a: 0.9 }, [['a', 'opposes', 't']]);
    const result = why(map, 'grounded', 't');
    expect(result.kind).toBe('acceptance');
    if (result.kind !== 'acceptance') return;
    expect(result.verdict).toBe('rejected');
    expect(result.lines).toEqual([
      'Rejected under grounded semantics: a node that is itself accepted attacks it.',
      '“a” attacks it and is itself accepted, so it is rejected.',
    ]);
  });

  it('under grounded, an accepted node names each attack and the accepted node that answers it', () => {
    const map = miniMap({ t: 0.5, a: 0.9, d: 0.9 }, [
      ['a', 'opposes', 't'],
      ['d', 'opposes', 'a'],
    ]);
    const result = why(map, 'grounded', 't');
    expect(result.lines).toEqual([
      'Accepted under grounded, the most sceptical semantics: every attack on it is answered.',
      '“a” attacks it, but “d” is accepted and defeats that attack.',
    ]);
  });

  it('under preferred, says what differs between the extensions of a mutual attack', () => {
    const map = miniMap({ a: 0.5, b: 0.5 }, [
      ['a', 'opposes', 'b'],
      ['b', 'opposes', 'a'],
    ]);
    const result = why(map, 'preferred', 'a');
    if (result.kind !== 'acceptance') throw new Error('expected an acceptance explanation');
    expect(result.extensionCount).toBe(2);
    expect(result.acceptedIn).toBe(1);
    expect(result.lines[0]).toBe(
      'Undecided: the 2 preferred extensions disagree about it, or leave it open.',
    );
    const reasons = result.lines.slice(1);
    expect(reasons).toHaveLength(2);
    expect(reasons).toContainEqual(
      expect.stringMatching(
        /^In extension \d, it is accepted: “b” attacks it, but “a” is accepted and defeats that attack\.$/,
      ),
    );
    expect(reasons).toContainEqual(
      expect.stringMatching(
        /^In extension \d, it is rejected: “b” attacks it and is itself accepted, so it is rejected\.$/,
      ),
    );
  });

  it('fails with a code for a node that is not in the map', () => {
    const evaluator = createEvaluator(miniMap({ a: 0.5 }, []), { semantics: 'dfquad' });
    if (!evaluator.ok) throw new Error('evaluation failed');
    const result = explainWhy(evaluator.value, 'ghost');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('evaluate/unknown-node');
  });
});
