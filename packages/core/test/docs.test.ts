/**
 * The documentation stays true: the example in docs/format.md is a valid map, and every
 * diagnostic code the core can produce is documented there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../src/document/parse.ts';

const formatDoc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');

function sources(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(new URL(file, dir), 'utf8'));
}

describe('docs/format.md', () => {
  it('shows an example file that parses without any diagnostic', () => {
    const example = /```json\n([\s\S]*?)```/.exec(formatDoc)?.[1] ?? '';
    const result = parseMap(example);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('documents every diagnostic code the document and edit code can produce', () => {
    const codes = new Set<string>();
    for (const folder of ['model', 'document', 'operations', 'history']) {
      for (const text of sources(new URL(`../src/${folder}/`, import.meta.url))) {
        for (const match of text.matchAll(
          /(?:code: |error\(|warning\(|refuse\(|invalid\()\s*'([a-z]+(?:-[a-z]+)+)'/g,
        )) {
          codes.add(match[1] as string);
        }
        for (const match of text.matchAll(
          /code:[^,;]*?\?\s*'([a-z]+(?:-[a-z]+)+)'\s*:\s*'([a-z]+(?:-[a-z]+)+)'/g,
        )) {
          codes.add(match[1] as string).add(match[2] as string);
        }
      }
    }
    expect(codes.size).toBeGreaterThan(20);
    const undocumented = [...codes].filter((code) => !formatDoc.includes(`\`${code}\``));
    expect(undocumented).toEqual([]);
  });
});

describe('docs/library.md', () => {
  it('prints examples/quickstart.mjs as it is (published.test.ts runs it), and the TypeScript quickstart does the same steps', () => {
    const library = readFileSync(new URL('../../../docs/library.md', import.meta.url), 'utf8');
    const javascript = readFileSync(new URL('../examples/quickstart.mjs', import.meta.url), 'utf8');
    const typescript = readFileSync(new URL('../examples/quickstart.ts', import.meta.url), 'utf8');
    const snippet = /```js\n([\s\S]*?)```/.exec(library)?.[1] ?? '';
    expect(snippet).toBe(javascript);
    const steps = javascript
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('(map) =>'));
    expect(steps).toHaveLength(5);
    for (const line of steps) expect(typescript).toContain(line);
  });
});
