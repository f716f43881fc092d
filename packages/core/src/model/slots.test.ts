import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Slots } from './slots.ts';

/** Every entry of `slots` in order, as `[key, value]` pairs. */
function entriesOf<T>(slots: Slots<T>): [string, T][] {
  const out: [string, T][] = [];
  slots.forEach((value, key) => {
    out.push([key, value]);
  });
  return out;
}

/** The value under `key`, found by a scan (slots have no key index of their own). */
function valueUnder<T>(slots: Slots<T>, key: string): T | undefined {
  return entriesOf(slots).find(([k]) => k === key)?.[1];
}

const change = fc.oneof(
  fc.tuple(fc.constant('append' as const), fc.nat(), fc.integer()),
  fc.tuple(fc.constant('set' as const), fc.nat(), fc.integer()),
  fc.tuple(fc.constant('remove' as const), fc.nat(), fc.constant(0)),
);

describe('Slots', () => {
  it('keeps every earlier version intact, and lists the changes between versions, while edits append, replace and remove across chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 12 }), { maxLength: 12 }), (batches) => {
        // Chunks of 4 slots, so a few dozen changes cross many chunk boundaries.
        let slots = Slots.empty<number>(2);
        let model: ([string, number] | undefined)[] = [];
        const versions: [Slots<number>, [string, number][]][] = [];
        for (const batch of batches) {
          const writer = slots.edit();
          let changed = false;
          for (const [kind, at, value] of batch) {
            const live = model.flatMap((entry, slot) => (entry ? [slot] : []));
            if (kind === 'append') {
              expect(writer.append(`k${model.length}`, value)).toBe(model.length);
              model.push([`k${model.length}`, value]);
            } else {
              const slot = live[at % live.length];
              const entry = slot === undefined ? undefined : model[slot];
              if (slot === undefined || entry === undefined) continue;
              if (kind === 'set') {
                writer.set(slot, value);
                model[slot] = [entry[0], value];
              } else {
                writer.remove(slot);
                model[slot] = undefined;
              }
              expect(writer.value(slot)).toBe(model[slot]?.[1]);
            }
            changed = true;
          }
          const next = writer.done();
          if (!changed) expect(next).toBe(slots);
          // The changes since the version before, applied to it, give this version.
          const changes = next.changesSince(slots);
          if (!changes) throw new Error('expected the changes of a derived version');
          const rebuilt = entriesOf(slots)
            .filter(([k]) => !changes.removed.includes(k))
            .map(([k, v]): [string, number] => [
              k,
              changes.replaced.includes(k) ? (valueUnder(next, k) as number) : v,
            ])
            .concat(changes.added.map((k): [string, number] => [k, valueUnder(next, k) as number]));
          expect(rebuilt).toEqual(entriesOf(next));
          slots = next;
          model = [...model];
          versions.push([slots, model.flatMap((entry) => (entry ? [entry] : []))]);
          expect(slots.length).toBe(model.length);
          expect(slots.holes).toBe(model.filter((entry) => !entry).length);
          model.forEach((entry, slot) => {
            expect(slots.key(slot)).toBe(entry?.[0]);
            expect(slots.value(slot)).toBe(entry?.[1]);
          });
        }
        for (const [version, entries] of versions) expect(entriesOf(version)).toEqual(entries);
      }),
      { numRuns: 300 },
    );
  });
});
