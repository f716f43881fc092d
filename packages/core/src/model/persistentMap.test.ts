import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashOf, PersistentMap } from './persistentMap.ts';

/** Pairs of different keys with equal hashes, found by search, so collision nodes get tested. */
function collidingKeys(pairs: number): string[] {
  const seen = new Map<number, string>();
  const found: string[] = [];
  for (let i = 0; found.length < pairs * 2; i++) {
    const key = `c${i}`;
    const hash = hashOf(key);
    const other = seen.get(hash);
    if (other !== undefined) found.push(other, key);
    else seen.set(hash, key);
  }
  return found;
}

const COLLIDING = collidingKeys(3);
const key = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.nat(300).map((n) => `k${n}`),
  fc.constantFrom(...COLLIDING, '__proto__', 'constructor', ''),
);
type Op = ['set', string, number] | ['delete', string, number] | ['batch', [string, number | null][], number];
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.constant('set' as const), key, fc.integer({ min: 0, max: 5 })),
  fc.tuple(fc.constant('delete' as const), key, fc.constant(0)),
  fc.tuple(
    fc.constant('batch' as const),
    fc.array(fc.tuple(key, fc.option(fc.integer({ min: 0, max: 5 }))), { maxLength: 20 }),
    fc.constant(0),
  ),
);

function expectSame(map: PersistentMap<number>, model: Map<string, number>): void {
  expect(map.size).toBe(model.size);
  for (const [k, v] of model) {
    expect(map.get(k)).toBe(v);
    expect(map.has(k)).toBe(true);
  }
  const listed: [string, number][] = [];
  map.forEach((v, k) => {
    listed.push([k, v]);
  });
  expect(new Map(listed)).toEqual(model);
  expect(listed).toHaveLength(model.size);
}

describe('PersistentMap', () => {
  it('finds colliding keys for the test (the collision node is exercised)', () => {
    expect(hashOf(COLLIDING[0] as string)).toBe(hashOf(COLLIDING[1] as string));
  });

  it('behaves like a Map under any sequence of sets, deletes and batches, and every version stays as it was', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let map = PersistentMap.empty<number>();
        const model = new Map<string, number>();
        const versions: [PersistentMap<number>, Map<string, number>][] = [];
        for (const [kind, k, v] of ops) {
          if (kind === 'set') {
            map = map.set(k, v);
            model.set(k, v);
          } else if (kind === 'delete') {
            map = map.delete(k);
            model.delete(k);
          } else {
            const editor = map.edit();
            for (const [bk, bv] of k) {
              if (bv === null) {
                editor.delete(bk);
                model.delete(bk);
              } else {
                editor.set(bk, bv);
                model.set(bk, bv);
              }
              expect(editor.size).toBe(model.size);
            }
            map = editor.done();
          }
          expectSame(map, model);
          versions.push([map, new Map(model)]);
        }
        for (const [version, snapshot] of versions) expectSame(version, snapshot);
        for (const k of COLLIDING) expect(map.has(k)).toBe(model.has(k));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same map when a change changes nothing', () => {
    const map = PersistentMap.empty<number>().set('a', 1);
    expect(map.set('a', 1)).toBe(map);
    expect(map.delete('zz')).toBe(map);
    const editor = map.edit();
    editor.set('a', 1);
    expect(editor.done()).toBe(map);
  });

  it('holds a hundred thousand keys and gives each back', () => {
    const editor = PersistentMap.empty<number>().edit();
    for (let i = 0; i < 100_000; i++) editor.set(`node-${i}`, i);
    const map = editor.done();
    expect(map.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) expect(map.get(`node-${i}`)).toBe(i);
    expect(map.get('node-100000')).toBeUndefined();
  });

  it('refuses an editor used after done()', () => {
    const editor = PersistentMap.empty<number>().edit();
    editor.done();
    expect(() => editor.set('a', 1)).toThrow(/after done/u);
  });
});
