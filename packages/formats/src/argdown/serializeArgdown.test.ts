import { fromDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { parseArgdown } from './argdownFormat.ts';
import { serializeArgdown } from './serializeArgdown.ts';

const node = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'claim' as const,
  text,
  baseScore: 0.5,
  ...extra,
});

describe('serializeArgdown: what it cannot keep, it names once with a count', () => {
  const map = fromDocument({
    format: 'argmap',
    version: 2,
    meta: { title: 'T', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-02T00:00:00.000Z' },
    nodes: {
      a: node('a', '  padded  ', { position: { x: 1, y: 2 }, collapsed: true }),
      b: node('b', 'two\nlines', { position: { x: 3, y: 4 }, collapsed: true }),
      c: node('c', 'plain', { collapsed: true }),
    },
    edges: {},
  });
  const written = serializeArgdown(map);
  const codes = written.diagnostics.map((d) => d.code);

  it('gives one warning per kind of loss', () => {
    expect(codes.sort()).toEqual(
      [
        'argdown-collapsed-dropped',
        'argdown-dates-dropped',
        'argdown-layout-dropped',
        'argdown-text-changed',
      ].sort(),
    );
  });

  it('counts what each warning is about', () => {
    const message = (code: string) => written.diagnostics.find((d) => d.code === code)?.message;
    expect(message('argdown-collapsed-dropped')).toContain('3 nodes');
    expect(message('argdown-layout-dropped')).toContain('2 nodes');
    expect(message('argdown-text-changed')).toMatch(/^2 node texts/u);
  });

  it('loses exactly what the warnings name on the way back', () => {
    const back = parseArgdown(written.ok ? written.value : '');
    expect(back.ok && back.value.nodes.get('c')?.text).toBe('plain');
    expect(back.ok && back.value.nodes.get('a')?.text).toBe('padded');
    expect(back.ok && back.value.nodes.get('b')?.text).toBe('two lines');
  });
});
