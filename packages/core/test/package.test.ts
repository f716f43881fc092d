/**
 * Builds and packs @argmap/core the way it is published, installs the tarball into a throwaway
 * consumer project, and uses it from plain Node ESM and from TypeScript with `nodenext` resolution.
 * A broken `exports` map, missing file or missing type declaration fails here, not for our users.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '../..');
const work = mkdtempSync(join(tmpdir(), 'argmap-consumer-'));
const consumer = join(work, 'consumer');

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Public subpaths from the published exports map, e.g. `.` and `./evaluate`. */
function publishedEntryPoints(): string[] {
  const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules/@argmap/core/package.json'), 'utf8'));
  return Object.keys(manifest.exports).filter((key) => key !== './package.json' && !key.includes('*'));
}

beforeAll(() => {
  run('pnpm', ['run', 'build'], packageDir);
  run('pnpm', ['pack', '--pack-destination', work], packageDir);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  const installed = join(consumer, 'node_modules/@argmap/core');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1'], work);
  // The consumer gets the core's runtime dependencies from the workspace instead of the registry.
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const target = join(consumer, 'node_modules', dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(packageDir, 'node_modules', dependency), target, 'dir');
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }));
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the published @argmap/core package', () => {
  it('ships compiled JavaScript and type declarations, not TypeScript sources', () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/@argmap/core/package.json'), 'utf8'),
    );
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    const files = readdirSync(join(consumer, 'node_modules/@argmap/core/dist'));
    expect(files).toContain('index.js');
    expect(files).toContain('index.d.ts');
  });

  it('imports from plain Node ESM, every entry point included', () => {
    const entries = publishedEntryPoints();
    const script = [
      "import { createMap, exportControlsExample } from '@argmap/core';",
      "const map = createMap({ title: 'From a consumer' });",
      'console.log(JSON.stringify({ title: map.meta.title, example: exportControlsExample.meta.title }));',
      ...entries.map((entry, i) => `import * as entry${i} from '@argmap/core${entry.slice(1)}';`),
      `console.log(JSON.stringify([${entries.map((_, i) => `Object.keys(entry${i}).length`).join(', ')}]));`,
    ].join('\n');
    writeFileSync(join(consumer, 'index.mjs'), script);
    const [first, second] = run(process.execPath, ['--no-warnings', 'index.mjs'], consumer)
      .trim()
      .split('\n');
    expect(JSON.parse(first ?? '')).toEqual({
      title: 'From a consumer',
      example: 'US export controls on AI chips and DeepSeek',
    });
    const exportCounts = JSON.parse(second ?? '[]') as number[];
    expect(exportCounts).toHaveLength(entries.length);
    for (const count of exportCounts) expect(count).toBeGreaterThan(0);
  }, 30_000);

  it('type-checks in a TypeScript consumer with nodenext resolution', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true },
        files: ['check.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'check.ts'),
      [
        "import { createMap, type ArgMap } from '@argmap/core';",
        "const map: ArgMap = createMap({ title: 'Typed' });",
        '// @ts-expect-error: a map title is a string',
        'const wrong: number = map.meta.title;',
        'export { map, wrong };',
      ].join('\n'),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    expect(() => run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer)).not.toThrow();
  }, 60_000);
});
