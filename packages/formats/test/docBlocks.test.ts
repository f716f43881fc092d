/**
 * Every TypeScript and JavaScript example in README.md, docs/ and the packages' READMEs works as
 * printed: each is written out as a module of its own, type-checked as a strict consumer would,
 * then run. (The class server's examples, which need Yjs and a running server, are run by
 * apps/class-server/src/docBlocks.test.ts.) An example that uses a name it never defines, an
 * export that does not exist, or syntax Node cannot run fails here.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DocBlock, docBlocks, writeBlocks } from '../../../scripts/docBlocks.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = fileURLToPath(new URL('./.doc-blocks/', import.meta.url));

/** Examples of the class server: they import its packages, so its own test runs them. */
const isClassServer = (block: DocBlock) => /from '(@argmap\/classroom|yjs|@hocuspocus\/)/u.test(block.code);
const blocks = docBlocks(root).filter((block) => !isClassServer(block));

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
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    for (const config of ['tsconfig.json', 'tsconfig.js.json']) {
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', join(dir, config)], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = (error as { stdout?: string }).stdout ?? String(error);
      }
      expect(output, config).toBe('');
    }
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
