/**
 * The four packages as a developer gets them from npm: each built and packed the way it is
 * published (`pnpm pack`), the tarballs unpacked into a throwaway consumer project, then used
 * there: the `argmap` command, the plain-JavaScript quickstart, every entry point from Node ESM,
 * and a TypeScript consumer type-checked with `skipLibCheck: false` under TypeScript 5.0, 5.5,
 * the workspace's own and the current release. A broken `exports` map, a missing file, a type
 * that needs a newer compiler, or a `workspace:*` left in a manifest fails here, not for our users.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PACKAGES = ['core', 'layout', 'formats', 'cli'] as const;
const work = mkdtempSync(join(tmpdir(), 'argmap-published-'));
const consumer = join(work, 'consumer');
const installed = (name: string) => join(consumer, 'node_modules/@argmap', name);

/** The compilers the consumer is checked with: the oldest supported, one before `MapIterator`, ours, the latest. */
const COMPILERS = ['typescript-5.0', 'typescript-5.5', 'typescript', 'typescript-7'] as const;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `args` and returns stdout, or the compiler's own output when it fails (for a readable failure). */
function attempt(command: string, args: string[], cwd: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: run(command, args, cwd) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const manifest = (name: string) => JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8'));

/**
 * Whether the package's `dist/` is missing or older than a source file. `npm test` builds every
 * package in the stage before the unit tests; building again here would only cost a minute.
 */
function needsBuild(dir: string): boolean {
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return true;
  const newest = (root: string, keep: (file: string) => boolean) =>
    Math.max(
      0,
      ...readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter(keep)
        .map((file) => statSync(join(root, file)).mtimeMs),
    );
  const built = Math.min(
    ...readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => statSync(join(dist, file)).mtimeMs),
  );
  const source = newest(join(dir, 'src'), (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  return !(built >= source) || statSync(join(dir, 'package.json')).mtimeMs > built;
}

beforeAll(() => {
  const pnpm = join(repoRoot, 'scripts/pnpm');
  for (const name of PACKAGES) {
    const dir = join(repoRoot, 'packages', name);
    if (needsBuild(dir)) run('bash', [pnpm, 'run', 'build'], dir);
    run('bash', [pnpm, 'pack', '--pack-destination', work], dir);
  }
  for (const name of PACKAGES) {
    const tarball = readdirSync(work).find(
      (file) => file.startsWith(`argmap-${name}-`) && file.endsWith('.tgz'),
    );
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for @argmap/${name}`);
    mkdirSync(installed(name), { recursive: true });
    run('tar', ['-xzf', join(work, tarball), '-C', installed(name), '--strip-components=1'], work);
  }
  // Third-party dependencies come from the workspace instead of the registry (the tests run offline).
  for (const name of PACKAGES) {
    for (const dependency of Object.keys(manifest(name).dependencies ?? {})) {
      const target = join(consumer, 'node_modules', dependency);
      if (dependency.startsWith('@argmap/') || existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(repoRoot, 'packages', name, 'node_modules', dependency), target, 'dir');
    }
  }
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the published packages', () => {
  it('ship compiled JavaScript, declarations, a LICENSE and real version ranges: no sources, no source maps', () => {
    const version = manifest('core').version as string;
    for (const name of PACKAGES) {
      const files = readdirSync(installed(name), { recursive: true, encoding: 'utf8' });
      expect(files, name).toContain('LICENSE');
      expect(
        files.filter((file) => file.endsWith('.map')),
        name,
      ).toEqual([]);
      expect(
        files.filter((file) => file.startsWith('src')),
        name,
      ).toEqual([]);
      const { dependencies = {}, engines, exports } = manifest(name);
      expect(engines?.node, name).toBeDefined();
      for (const [dependency, range] of Object.entries(dependencies)) {
        expect(range, `${name} → ${dependency}`).not.toMatch(/^workspace:/u);
        if (dependency.startsWith('@argmap/')) expect(range).toBe(version);
      }
      for (const target of Object.values(exports ?? {}).flatMap((entry) =>
        typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>),
      )) {
        expect(existsSync(join(installed(name), target)), `${name} exports ${target}`).toBe(true);
      }
    }
  });

  it('gives a working argmap command', () => {
    const bin = join(installed('cli'), manifest('cli').bin.argmap);
    expect(run(process.execPath, [bin, '--version'], consumer).trim()).toBe(manifest('cli').version);
    const fixture = join(repoRoot, 'packages/cli/test/fixtures/phones.argmap.json');
    expect(run(process.execPath, [bin, 'stats', fixture], consumer)).toContain('Phones in class');
    expect(run(process.execPath, [bin, 'convert', fixture, '--to', 'markdown'], consumer)).toMatch(
      /^# Phones in class/mu,
    );
  }, 60_000);

  it('runs the plain-JavaScript quickstart of docs/library.md, and ships the JSON Schema', () => {
    const script = readFileSync(join(repoRoot, 'packages/core/examples/quickstart.mjs'), 'utf8');
    writeFileSync(join(consumer, 'quickstart.mjs'), script);
    const printed = run(process.execPath, ['--no-warnings', 'quickstart.mjs'], consumer);
    expect(printed).toContain('2 nodes, 1 edge');
    const schema = run(
      process.execPath,
      [
        '-e',
        "console.log(JSON.parse(require('fs').readFileSync(require.resolve('@argmap/core/schema.json'))).title)",
      ],
      consumer,
    );
    expect(schema.trim()).not.toBe('');
  }, 60_000);

  it('imports every entry point of every package from Node ESM', () => {
    const entries = PACKAGES.filter((name) => name !== 'cli').flatMap((name) =>
      Object.keys(manifest(name).exports ?? {})
        .filter((key) => !key.endsWith('.json'))
        .map((key) => `@argmap/${name}${key.slice(1)}`),
    );
    const script = [
      ...entries.map((entry, i) => `import * as entry${i} from '${entry}';`),
      `console.log(JSON.stringify([${entries.map((_, i) => `Object.keys(entry${i}).length`).join(', ')}]));`,
    ].join('\n');
    writeFileSync(join(consumer, 'entries.mjs'), script);
    const counts = JSON.parse(run(process.execPath, ['--no-warnings', 'entries.mjs'], consumer)) as number[];
    expect(counts).toHaveLength(entries.length);
    for (const count of counts) expect(count).toBeGreaterThan(0);
  }, 60_000);

  it.each(COMPILERS)(
    'type-checks a TypeScript consumer under %s with skipLibCheck off',
    (compiler) => {
      writeFileSync(
        join(consumer, 'consumer.ts'),
        readFileSync(join(repoRoot, 'packages/cli/test/consumer.ts'), 'utf8'),
      );
      for (const resolution of ['nodenext', 'bundler'] as const) {
        const config = `tsconfig.${resolution}.json`;
        writeFileSync(
          join(consumer, config),
          JSON.stringify({
            compilerOptions: {
              target: 'ES2022',
              lib: ['ES2022'],
              module: resolution === 'nodenext' ? 'nodenext' : 'esnext',
              moduleResolution: resolution,
              strict: true,
              noEmit: true,
              skipLibCheck: false,
              types: [],
            },
            files: ['consumer.ts'],
          }),
        );
        const tsc = join(repoRoot, 'node_modules', compiler, 'bin/tsc');
        const checked = attempt(process.execPath, [tsc, '-p', config], consumer);
        expect(checked.output, `${compiler}, ${resolution}`).toBe('');
        expect(checked.ok).toBe(true);
      }
    },
    120_000,
  );
});
