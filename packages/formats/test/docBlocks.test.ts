/**
 * Every TypeScript and JavaScript example in README.md, docs/ and the packages' READMEs works as
 * printed: each is written out as a module of its own, type-checked as a strict consumer would,
 * then run. (The class server's examples, which need Yjs and a running server, are run by
 * apps/class-server/src/docBlocks.test.ts.) An example that uses a name it never defines, an
 * export that does not exist, or syntax Node cannot run fails here.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { docBlocks, isClassServerBlock, typeCheckBlocks, writeBlocks } from '../../../scripts/docBlocks.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = fileURLToPath(new URL('./.doc-blocks/', import.meta.url));

const blocks = docBlocks(root).filter((block) => !isClassServerBlock(block));

beforeAll(() => {
  writeBlocks(root, dir, blocks);
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe('the examples in the docs', () => {
  it('are found: the library guide, evaluation, formats, the example map and every package README', () => {
    const docs = new Set(blocks.map((block) => block.doc));
    for (const doc of [
      'docs/library.md',
      'docs/evaluation.md',
      'docs/formats/README.md',
      'packages/core/README.md',
    ])
      expect(docs).toContain(doc);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('type-check as a strict TypeScript consumer would write them', () => {
    expect(typeCheckBlocks(root, dir)).toBe('');
  }, 120_000);

  it.each(blocks.map((block) => [`${block.doc}:${block.line}`, block] as const))(
    '%s runs',
    async (_, block) => {
      vi.spyOn(console, 'log').mockImplementation(() => {});
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      await expect(import(pathToFileURL(join(dir, block.fileName)).href)).resolves.toBeDefined();
    },
  );
});
