/**
 * Plain JavaScript callers pass anything: a number for the text, `null` for the map, the plain
 * document `JSON.parse` gave them. Every reader and writer of the registry, and evaluation,
 * answers with a value (a `Result`, failed with a clear code where the input is wrong), never
 * an exception.
 */
import { exportControlsExample, serializeMap } from '@argmap/core';
import { evaluate } from '@argmap/core/evaluate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '../src/registry.ts';

const document = JSON.parse(serializeMap(exportControlsExample));

/** Objects shaped like a document whose entries are anything at all. */
const documentShaped = fc.record({
  meta: fc.anything(),
  nodes: fc.dictionary(fc.string({ maxLength: 3 }), fc.anything(), { maxKeys: 4 }),
  edges: fc.dictionary(fc.string({ maxLength: 3 }), fc.anything(), { maxKeys: 4 }),
});

describe('the library from plain JavaScript', () => {
  it('every reader answers any value with a Result, a non-string with not-text', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const format of formats) {
          if (!format.parse) continue;
          const result = format.parse(value as string);
          expect(typeof result.ok).toBe('boolean');
          if (typeof value !== 'string') expect(result.diagnostics[0]?.code).toBe('not-text');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every writer answers any value with text or a Result, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), documentShaped), (value) => {
        for (const format of formats) {
          if (!format.serialize) continue;
          const written = format.serialize(value as never);
          if (typeof written !== 'string') expect(typeof written.ok).toBe('boolean');
        }
        expect(typeof evaluate(value as never).ok).toBe('boolean');
      }),
      { numRuns: 40 },
    );
  });

  it('every writer takes the plain document of a map as the map itself', () => {
    for (const format of formats) {
      if (!format.serialize) continue;
      const fromDocument = format.serialize(document);
      const fromMap = format.serialize(exportControlsExample);
      const text = (written: typeof fromMap) =>
        typeof written === 'string' ? written : written.ok ? written.value : '';
      expect(text(fromDocument), format.id).toBe(text(fromMap));
      expect(text(fromDocument).length, format.id).toBeGreaterThan(0);
    }
  });

  it('says what was expected when a writer is given something that is not a map', () => {
    const written = formats.find((format) => format.id === 'argdown')?.serialize?.(null as never);
    expect(written).toMatchObject({
      ok: false,
      diagnostics: [
        { code: 'not-a-map', message: 'Expected an argument map (or its JSON document), not null.' },
      ],
    });
  });
});
