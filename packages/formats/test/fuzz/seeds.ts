/**
 * Valid files of every readable format, the starting points the fuzzer mutates: the fixtures,
 * plus the example map written by each format's own writer (so every writer's output is a seed).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { exportControlsExample } from '@argmap/core';
import { formats } from '../../src/registry.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** Hand-written files for readers that have no writer and no fixture. */
const EXTRA: Record<string, string[]> = {
  apx: ['arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\natt(c,a).\n'],
  tgf: ['1 First\n2 Second\n3 Third\n#\n1 2\n2 3\n'],
  iccma: ['p af 3\n# a comment\n1 2\n2 3\n'],
  kialo: [fixture('kialo/phones.txt')],
  argdown: [
    fixture('argdown/basics.argdown'),
    fixture('argdown/pro-con.argdown'),
    fixture('argdown/reconstruction.argdown'),
  ],
  aif: [fixture('aif/aifdb-nodeset.json'), fixture('aif/ova3-xaif.json')],
};

/** Valid texts for the reader `id`: its fixtures and what its writer makes of the example map. */
export function seedsFor(id: string): string[] {
  const format = formats.find((f) => f.id === id);
  const seeds = [...(EXTRA[id] ?? [])];
  const written = format?.serialize?.(exportControlsExample);
  if (typeof written === 'string') seeds.push(written);
  else if (written?.ok) seeds.push(written.value);
  return seeds;
}

/** Ids of every format that reads. */
export const READERS = formats.filter((f) => f.parse).map((f) => f.id);
