import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from './table.ts';

/** A plain object of `entries`, assigned in order, as JSON.parse would build it. */
function objectOf(entries: [string, number][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const key = fc.oneof(fc.string({ maxLength: 4 }), fc.nat(40).map(String), fc.constantFrom('__proto__', '01'));
const op = fc.oneof(
  fc.tuple(fc.constant('set' as const), key, fc.integer()),
  fc.tuple(fc.constant('delete' as const), key, fc.constant(0)),
);

/**
 * Applies `ops` to a table and, with the same semantics, to a plain object, and checks that both
 * hold the same entries in the same order, also after a round trip through JSON.
 */
function expectSameAsObject(ops: ['set' | 'delete', string, number][]): void {
  let table = Table.empty<number>();
  const object: Record<string, number> = {};
  for (const [kind, k, value] of ops) {
    if (kind === 'set') {
      table = table.set(k, value);
      Object.defineProperty(object, k, { value, enumerable: true, writable: true, configurable: true });
    } else {
      table = table.delete(k);
      delete object[k];
    }
  }
  expect([...table.entries()]).toEqual(Object.entries(object));
  expect(table.size).toBe(Object.keys(object).length);
  expect(Object.entries(table.toRecord())).toEqual(Object.entries(object));
  const reread = Table.fromRecord(JSON.parse(JSON.stringify(table)) as Record<string, number>);
  expect([...reread.entries()]).toEqual([...table.entries()]);
  for (const k of Object.keys(object)) expect(table.get(k)).toBe(object[k]);
}

describe('Table', () => {
  it('reads like a ReadonlyMap and iterates in insertion order', () => {
    const table = Table.fromEntries([
      ['b', 2],
      ['a', 1],
    ]).set('c', 3);
    expect(table.size).toBe(3);
    expect(table.get('a')).toBe(1);
    expect(table.has('z')).toBe(false);
    expect([...table.keys()]).toEqual(['b', 'a', 'c']);
    expect([...table]).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 3],
    ]);
    const seen: string[] = [];
    table.forEach((value, id) => {
      seen.push(`${id}=${value}`);
    });
    expect(seen).toEqual(['b=2', 'a=1', 'c=3']);
  });

  it('never changes: set and delete return new tables and share the old one', () => {
    const before = Table.fromRecord({ a: 1, b: 2 });
    const after = before.set('a', 10).delete('b');
    expect(before.toRecord()).toEqual({ a: 1, b: 2 });
    expect(after.toRecord()).toEqual({ a: 10 });
    expect(before.set('a', 1)).toBe(before);
    expect(before.delete('zz')).toBe(before);
    expect(before.update('a', (n) => n + 1).get('a')).toBe(2);
    expect(before.update('zz', (n) => n + 1)).toBe(before);
  });

  it('keeps a changed key in place and puts a new key last', () => {
    const table = Table.fromRecord({ a: 1, b: 2, c: 3 }).set('b', 20).set('d', 4);
    expect([...table.keys()]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('writes a plain object for JSON, with __proto__ as an own key', () => {
    const table = Table.fromEntries([
      ['__proto__', 1],
      ['x', 2],
    ]);
    const record = table.toRecord();
    expect(Object.keys(record)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(JSON.stringify({ nodes: table })).toBe('{"nodes":{"__proto__":1,"x":2}}');
  });

  it('behaves like a plain object under any sequence of sets and deletes, key order included', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        expectSameAsObject(ops);
      }),
      { numRuns: 300 },
    );
  });

  it('behaves like a plain object when built in one batch and then edited, and every version stays as it was', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.array(op, { maxLength: 30 }), (build, edits) => {
        // Built from nothing in one batch (as a file or an import is), then edited one change at a time.
        let table = Table.empty<number>().batch((writer) => {
          for (const [kind, k, value] of build) {
            if (kind === 'set') writer.set(k, value);
            else writer.delete(k);
          }
        });
        const object: Record<string, number> = {};
        const apply = ([kind, k, value]: ['set' | 'delete', string, number]) => {
          if (kind === 'set')
            Object.defineProperty(object, k, { value, enumerable: true, writable: true, configurable: true });
          else delete object[k];
        };
        build.forEach(apply);
        expect([...table.entries()]).toEqual(Object.entries(object));
        const versions: [Table<number>, [string, number][]][] = [[table, Object.entries(object)]];
        for (const edit of edits) {
          table = edit[0] === 'set' ? table.set(edit[1], edit[2]) : table.delete(edit[1]);
          apply(edit);
          versions.push([table, Object.entries(object)]);
        }
        for (const [version, entries] of versions) {
          expect([...version.entries()]).toEqual(entries);
          expect(version.size).toBe(entries.length);
          for (const [k, value] of entries) expect(version.get(k)).toBe(value);
          for (const [, k] of edits) expect(version.has(k)).toBe(entries.some(([e]) => e === k));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a plain object's order through long runs of deletes that make it compact itself", () => {
    const manyKeys = fc.nat(59).map((n) => `k${n}`);
    const longOp = fc.oneof(
      fc.tuple(fc.constant('set' as const), manyKeys, fc.integer()),
      fc.tuple(fc.constant('delete' as const), manyKeys, fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(longOp, { minLength: 100, maxLength: 400 }), (ops) => {
        expectSameAsObject(ops);
      }),
      { numRuns: 60 },
    );
  });

  it('lists what changed since an older version: applied to the older table, the changes give the newer one', () => {
    const manyKeys = fc.nat(39).map((n) => `k${n}`);
    const edit = fc.oneof(
      fc.tuple(fc.constant('set' as const), manyKeys, fc.integer({ min: 0, max: 3 })),
      fc.tuple(fc.constant('delete' as const), manyKeys, fc.constant(0)),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(manyKeys, { maxLength: 30 }),
        fc.array(edit, { maxLength: 30 }),
        (keys, ops) => {
          const older = Table.fromEntries(keys.map((k, i) => [k, i % 4] as const));
          let newer = older;
          for (const [kind, k, value] of ops) newer = kind === 'set' ? newer.set(k, value) : newer.delete(k);
          // At most 30 deletes: fewer holes than a compaction needs, so the lineage is intact.
          const changes = newer.changesSince(older);
          if (!changes) throw new Error('expected the changes of a derived table');
          const rebuilt = [...older.entries()]
            .filter(([k]) => !changes.removed.includes(k))
            .map(([k, v]): [string, number] => [
              k,
              changes.replaced.includes(k) ? (newer.get(k) as number) : v,
            ])
            .concat(changes.added.map((k): [string, number] => [k, newer.get(k) as number]));
          expect(rebuilt).toEqual([...newer.entries()]);
          for (const k of changes.replaced) expect(newer.get(k)).not.toBe(older.get(k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says it cannot list the changes of a table it does not descend from', () => {
    const one = Table.fromEntries([
      ['a', 1],
      ['b', 2],
    ]);
    const other = Table.fromEntries([
      ['b', 2],
      ['a', 1],
    ]);
    expect(other.changesSince(one)).toBeUndefined();
    expect(one.set('7', 7).changesSince(one)).toBeUndefined();
    expect(one.changesSince(one)).toEqual({ replaced: [], removed: [], added: [] });
  });

  it('applies a batch in order and returns the same table when nothing changed', () => {
    const table = Table.fromRecord(objectOf([['a', 1]]));
    expect(table.batch((w) => w.set('a', 1))).toBe(table);
    const changed = table.batch((w) => {
      w.delete('a');
      w.set('a', 1);
      w.set('7', 7);
    });
    expect([...changed.entries()]).toEqual([
      ['7', 7],
      ['a', 1],
    ]);
    expect(changed.toArray()).toEqual([7, 1]);
  });
});
