/**
 * The TypeScript and JavaScript code blocks of the project's Markdown (README.md, docs/, each
 * package's and app's README), for the tests that type-check and run them so that every example
 * works as printed: packages/formats/test/docBlocks.test.ts (the library's) and
 * apps/class-server/src/docBlocks.test.ts (the class server's, which need Yjs and a server).
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One fenced block. */
export interface DocBlock {
  /** The Markdown file, relative to the repository root. */
  doc: string;
  /** The line of the opening fence (1-based). */
  line: number;
  /** `ts` or `js`. */
  lang: 'ts' | 'js';
  code: string;
  /** A file name for it: the doc's path and the line, e.g. `docs-evaluation.md-120.ts`. */
  fileName: string;
}

const FENCE = /^```(ts|typescript|js|javascript)\s*$/u;

/** The Markdown files examples are taken from, relative to `root`. */
export function markdownFiles(root: string): string[] {
  const files = ['README.md'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'api') walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      if (existsSync(join(root, group, name, 'README.md'))) files.push(join(group, name, 'README.md'));
    }
  }
  return files;
}

/** Every `ts`/`js` block of the Markdown files under `root`. */
export function docBlocks(root: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const doc of markdownFiles(root)) {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = FENCE.exec(lines[i] as string);
      if (!open) continue;
      const start = i;
      const code: string[] = [];
      for (i++; i < lines.length && lines[i] !== '```'; i++) code.push(lines[i] as string);
      const lang = open[1]?.startsWith('t') ? 'ts' : 'js';
      blocks.push({
        doc,
        line: start + 1,
        lang,
        code: `${code.join('\n')}\n`,
        fileName: `${doc.replace(/[/\\]/gu, '-')}-${start + 1}.${lang === 'ts' ? 'ts' : 'mjs'}`,
      });
    }
  }
  return blocks;
}

/**
 * Writes `blocks` as modules into `dir` (emptied first), each an ES module of its own, with a
 * tsconfig that type-checks them as a consumer would (strict, the workspace's settings).
 */
export function writeBlocks(root: string, dir: string, blocks: readonly DocBlock[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const block of blocks) {
    // `export {}` makes a block with no import a module too, so top-level await and names stay its own.
    writeFileSync(join(dir, block.fileName), `${block.code}export {};\n`);
  }
  // TypeScript examples are checked strictly; JavaScript ones as checkJs reads plain JS (no
  // annotations, so no implicit-any errors), each with its own config.
  const config = (include: string, extra: object) =>
    JSON.stringify({
      extends: relative(dir, join(root, 'tsconfig.base.json')),
      compilerOptions: { types: ['node'], noUnusedLocals: false, ...extra },
      include: [include],
    });
  // A config with no file to check is a compiler error (TS18003), so each is written only when needed.
  if (blocks.some((block) => block.lang === 'ts'))
    writeFileSync(join(dir, 'tsconfig.json'), config('*.ts', {}));
  if (blocks.some((block) => block.lang === 'js'))
    writeFileSync(
      join(dir, 'tsconfig.js.json'),
      config('*.mjs', { allowJs: true, checkJs: true, noImplicitAny: false }),
    );
}

/** Whether a block is one of the class server's examples (it imports Yjs or the class packages). */
export function isClassServerBlock(block: DocBlock): boolean {
  return /from '(@argmap\/classroom|yjs|@hocuspocus\/)/u.test(block.code);
}

/**
 * Type-checks the blocks {@link writeBlocks} wrote to `dir` with the workspace's TypeScript;
 * returns the compiler's complaints, empty when there are none.
 */
export function typeCheckBlocks(root: string, dir: string): string {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  let output = '';
  for (const config of ['tsconfig.json', 'tsconfig.js.json']) {
    if (!existsSync(join(dir, config))) continue;
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, config)], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output += (error as { stdout?: string }).stdout ?? String(error);
    }
  }
  return output;
}
