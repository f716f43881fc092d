/**
 * The class server's examples in docs/ work as printed: type-checked as a strict consumer would,
 * then run — the document example as it is, the "join a room from a program" example against a
 * server this test starts (its address and join code put in for the example's `127.0.0.1:1234`
 * and `K7Q2MX4P`), until the server holds the student's claim. The library's examples are run by
 * packages/formats/test/docBlocks.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import {
  type DocBlock,
  docBlocks,
  isClassServerBlock,
  typeCheckBlocks,
  writeBlocks,
} from '../../../scripts/docBlocks.ts';
import { classTestKit, startClass } from '../test/harness.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = fileURLToPath(new URL('../test/.doc-blocks/', import.meta.url));
const blocks = docBlocks(root).filter(isClassServerBlock);
const kit = classTestKit();

/** The block that joins a room over the network. */
const isClient = (block: DocBlock) => block.code.includes('new HocuspocusProvider(');

beforeAll(() => {
  writeBlocks(root, dir, blocks);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the class server examples in the docs', () => {
  it('are found: the document example and the client example of docs/collaboration.md', () => {
    expect(blocks.map((block) => block.doc)).toEqual(['docs/collaboration.md', 'docs/collaboration.md']);
    expect(blocks.filter(isClient)).toHaveLength(1);
  });

  it('type-check as a strict TypeScript consumer would write them', () => {
    expect(typeCheckBlocks(root, dir)).toBe('');
  }, 120_000);

  it('reads and writes a class document as the first example shows', async () => {
    const block = blocks.find((b) => !isClient(b)) as DocBlock;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import(pathToFileURL(join(dir, block.fileName)).href);
    expect(log).toHaveBeenCalledWith('Smuggling fills the gap');
  });

  it('joins a running class and adds a claim, as the client example shows', async () => {
    const server = await kit.server();
    const { teacher } = await startClass(server);
    const block = blocks.find(isClient) as DocBlock;
    const code = block.code
      .replaceAll('http://127.0.0.1:1234', server.url)
      .replaceAll('ws://127.0.0.1:1234/collab', server.collabUrl)
      .replaceAll('K7Q2MX4P', teacher.code);
    const file = join(dir, `live-${block.fileName}`);
    writeFileSync(file, `${code}export { doc, provider, socket };\n`);
    const example = (await import(pathToFileURL(file).href)) as {
      doc: Y.Doc;
      provider: HocuspocusProvider;
      socket: HocuspocusProviderWebsocket;
    };
    try {
      // The teacher's own replica shows the student's claim once the server has taken it.
      const watcher = kit.client(server, teacher.room, teacher.token);
      await watcher.until(
        () =>
          (watcher.doc.getMap('nodes').get('ada-1') as Y.Map<unknown> | undefined)?.get('text') ===
          'Smuggling fills the gap',
        "the example's claim to reach the server",
      );
      expect(watcher.doc.getMap('edges').has('ada-1-e')).toBe(true);
    } finally {
      example.provider.destroy();
      example.socket.destroy();
    }
  }, 60_000);
});
