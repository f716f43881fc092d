import { describe, expect, it } from 'vitest';
import { NodeResults } from './nodeResults.ts';

const ids = ['q', 'p', '__proto__'];
const nodes = { ids, index: new Map(ids.map((id, i) => [id, i])) };

function strengths(values: number[]) {
  let made = 0;
  const results = new NodeResults(nodes, (i) => {
    made++;
    return { strength: values[i]! };
  });
  return { results, made: () => made };
}

describe('NodeResults', () => {
  it('reads like a ReadonlyMap keyed by node id, in node order', () => {
    const { results } = strengths([0.5, 0.8, 0.1]);
    expect(results.size).toBe(3);
    expect(results.get('p')).toEqual({ strength: 0.8 });
    expect(results.has('q')).toBe(true);
    expect(results.get('missing')).toBeUndefined();
    expect(results.has('missing')).toBe(false);
    expect([...results.keys()]).toEqual(ids);
    expect([...results.values()].map((r) => r.strength)).toEqual([0.5, 0.8, 0.1]);
    expect([...results].map(([id]) => id)).toEqual(ids);
    const seen: string[] = [];
    results.forEach((_result, id, all) => {
      expect(all).toBe(results);
      seen.push(id);
    });
    expect(seen).toEqual(ids);
  });

  it('makes each result once, on first read, and hands out the same object after', () => {
    const { results, made } = strengths([0.5, 0.8, 0.1]);
    expect(made()).toBe(0);
    const first = results.get('p');
    expect(results.get('p')).toBe(first);
    expect(made()).toBe(1);
    results.forEach(() => {});
    expect(made()).toBe(3);
    expect([...results.values()][1]).toBe(first);
  });

  it('writes JSON as a plain object keyed by id, a node called __proto__ included', () => {
    const { results } = strengths([0.5, 0.8, 0.1]);
    const json = JSON.parse(JSON.stringify({ nodes: results }));
    expect(Object.keys(json.nodes)).toEqual(ids);
    expect(Object.getPrototypeOf(results.toJSON())).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(json.nodes, '__proto__')?.value).toEqual({ strength: 0.1 });
    expect(String(results)).toBe('[object NodeResults]');
  });
});
