import { readdirSync, readFileSync } from 'node:fs';
import { exportControlsExample } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArgdown } from '../bench/argdown.bench.ts';
import { parseArgdown } from '../src/argdown/argdownFormat.ts';
import { serializeArgdown } from '../src/argdown/serializeArgdown.ts';
import { essence, mapArb } from './arbitraries.ts';
import { ourStructure, referenceStructure } from './argdownReference.ts';

const fixtures = new URL('./fixtures/argdown/', import.meta.url);
const files = readdirSync(fixtures).filter((name) => name.endsWith('.argdown'));

describe('our Argdown reader agrees with @argdown/core', () => {
  it.each(files)('on %s: same statements, arguments, premise–conclusion structures and relations', (name) => {
    const text = readFileSync(new URL(name, fixtures), 'utf8');
    const ours = ourStructure(text);
    expect(ours.relations.length).toBeGreaterThan(0);
    expect(ours).toEqual(referenceStructure(text));
  });

  it('on the generated debate the benchmark times', () => {
    const text = generateArgdown(300);
    expect(ourStructure(text)).toEqual(referenceStructure(text));
  });

  it('on what our serializer writes for the example map', () => {
    const text = serializeArgdown(exportControlsExample);
    expect(text.ok).toBe(true);
    if (text.ok) expect(ourStructure(text.value)).toEqual(referenceStructure(text.value));
  });

  it('on what our serializer writes for generated maps', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(mapArb(6), (map) => {
        const text = serializeArgdown(map);
        expect(text.ok).toBe(true);
        if (text.ok) expect(ourStructure(text.value)).toEqual(referenceStructure(text.value));
      }),
      { numRuns: 40 },
    );
  });
});

describe('Argdown round trip', () => {
  it('keeps the example map: nodes, kinds, texts, tags, sources and relations', () => {
    const text = serializeArgdown(exportControlsExample);
    const back = text.ok ? parseArgdown(text.value) : text;
    expect(back.ok).toBe(true);
    if (back.ok) expect(essence(back.value)).toEqual(essence(exportControlsExample));
  });

  it('keeps generated maps (undercuts exactly, unless the writer warned they are ambiguous)', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(mapArb(8), (map) => {
        const text = serializeArgdown(map);
        if (!text.ok) throw new Error('serializer failed');
        const back = parseArgdown(text.value);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const ambiguous = text.diagnostics.some((d) => d.code === 'argdown-undercut-ambiguous');
        const keep = (e: { nodes: unknown; edges: string[] }) =>
          ambiguous ? { ...e, edges: e.edges.filter((line) => !line.includes('undercuts')) } : e;
        expect(keep(essence(back.value) as never)).toEqual(keep(essence(map) as never));
        expect(back.value.meta.title).toBe(map.meta.title);
      }),
      { numRuns: 150 },
    );
  });
});
