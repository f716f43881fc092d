import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryMap } from '../../test/arbitraries.ts';
import { FORMAT_VERSION } from '../model/types.ts';
import { MIGRATIONS, migrate } from './migrate.ts';
import { parseMap } from './parse.ts';
import { serializeMap } from './serialize.ts';
import { validateMap } from './validate.ts';

const fixture = (version: number): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/v${version}.argmap.json`, import.meta.url), 'utf8'));

describe('migrate', () => {
  it('has one step per version, with no gaps, ending at the current version', () => {
    expect(MIGRATIONS.map((step) => step.from)).toEqual([...Array(FORMAT_VERSION).keys()]);
  });

  it('turns each frozen fixture into exactly the next one, step by step', () => {
    for (const step of MIGRATIONS) {
      const result = step.up(fixture(step.from) as Record<string, unknown>);
      expect(result.ok && result.value).toEqual(fixture(step.from + 1));
    }
  });

  it('upgrades the frozen v0 fixture to exactly the current fixture, which is valid', () => {
    const result = migrate(fixture(0));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(0);
    expect(result.value).toEqual(fixture(FORMAT_VERSION));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['migrated']);
    expect(validateMap(result.value).ok).toBe(true);
  });

  it('opens any valid version 1 map as the same map in version 2, and writes it back unchanged but for the version', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(arbitraryMap(8), (map) => {
        const v2 = serializeMap(map);
        const v1 = v2.replace('"version": 2,', '"version": 1,');
        const read = parseMap(v1);
        expect(read.ok && read.value).toEqual(map);
        expect(read.diagnostics.map((d) => d.code)).toEqual(['migrated']);
        expect(read.ok && serializeMap(read.value)).toBe(v2);
      }),
      { numRuns: 100 },
    );
  });

  it('has a valid fixture for every version', () => {
    for (let version = 0; version <= FORMAT_VERSION; version++) {
      const result = migrate(fixture(version));
      expect(result.ok && validateMap(result.value).diagnostics).toEqual([]);
    }
  });

  it('never mutates its input', () => {
    const input = fixture(0);
    const copy = structuredClone(input);
    migrate(input);
    expect(input).toEqual(copy);
  });

  it('leaves a current document as it is', () => {
    const result = migrate(fixture(FORMAT_VERSION));
    expect(result.ok && result.value).toEqual(fixture(FORMAT_VERSION));
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a newer file as a typed outcome, not as damage', () => {
    const result = migrate({ format: 'argmap', version: FORMAT_VERSION + 1, whatever: true });
    expect(result).toMatchObject({ ok: false, reason: 'newer-version', version: FORMAT_VERSION + 1 });
    expect(result.diagnostics[0]?.message).toMatch(/newer Argmap.*Update Argmap/);
  });

  it('rejects things that are not maps', () => {
    expect(migrate('hello')).toMatchObject({ ok: false, reason: 'not-a-map' });
    expect(migrate({ version: 1 })).toMatchObject({ ok: false, reason: 'not-a-map' });
    expect(migrate({ format: 'argmap', version: 'one' })).toMatchObject({ ok: false, reason: 'not-a-map' });
  });

  it('turns a broken v0 file into v1 problems instead of throwing', () => {
    const broken = {
      format: 'argmap',
      version: 0,
      nodes: [{ id: 'a', kind: 'claim' }, 7, { id: '__proto__' }],
      links: 'x',
    };
    const result = migrate(broken);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagnostics.map((d) => d.code)).toEqual(['migrated', 'migration-dropped']);
    const codes = validateMap(result.value).diagnostics.map((d) => d.code);
    expect(codes).toContain('invalid-id');
    expect(Object.getPrototypeOf(result.value.nodes)).toBe(Object.prototype);
  });
});
