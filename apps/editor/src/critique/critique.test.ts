import { type ArgMap, fromDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { verdictStrengths } from '../present/strengths.ts';
import { critique, DEFAULT_CRITIQUE } from './critique.ts';

/** A map whose node ids are also names on Object.prototype, as an import can produce. */
function prototypeNames(): ArgMap {
  const node = (id: string, baseScore: number) => ({ id, kind: 'claim' as const, text: id, baseScore });
  const nodes = JSON.parse('{}') as Record<string, ReturnType<typeof node>>;
  for (const [id, score] of [
    ['__proto__', 0.5],
    ['constructor', 0.9],
    ['toString', 0.4],
  ] as const) {
    Object.defineProperty(nodes, id, {
      value: node(id, score),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return fromDocument({
    format: 'argmap',
    version: 2,
    meta: { title: 'Odd ids' },
    nodes,
    edges: { x: { id: 'x', kind: 'opposes', source: 'constructor', target: '__proto__' } },
  });
}

describe('critique', () => {
  it('gives a node called __proto__ its own verdict, and none to a switched-off "toString"', () => {
    const result = critique(prototypeNames(), new Set(['toString']), DEFAULT_CRITIQUE);
    expect(Object.keys(result.verdicts).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(result.verdicts, '__proto__')?.value).toEqual({
      strength: expect.closeTo(0.05, 6),
      status: 'rejected',
    });
    expect(result.verdicts.toString).toBeUndefined();
    // The projector's verdict falls back to the base score of the node the critique did not weigh.
    const strengths = verdictStrengths(prototypeNames(), result.verdicts);
    expect(Object.keys(strengths).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(strengths.toString).toBe(0.4);
  });
});
