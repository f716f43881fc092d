/**
 * `pnpm bench`: runs every benchmark in the repo and writes the results to docs/benchmarks.md.
 *
 * A benchmark is a file `packages/<name>/bench/<topic>.bench.ts` or `apps/<name>/bench/<topic>.bench.ts`
 * whose default export is an async function returning a Markdown section (a `## heading`, a sentence
 * on what is measured, and a table). Pass words to run only the files whose path contains one of them:
 * `pnpm bench evaluate`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);

function benchFiles(): string[] {
  const files: string[] = [];
  for (const group of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(root, group))) {
      const dir = join(root, group, pkg, 'bench');
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      for (const entry of entries.sort()) {
        if (entry.endsWith('.bench.ts')) files.push(join(dir, entry));
      }
    }
  }
  return files.filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)));
}

const sections: string[] = [];
for (const file of benchFiles()) {
  const name = relative(root, file);
  console.log(`bench: ${name}`);
  const module = (await import(pathToFileURL(file).href)) as { default: () => Promise<string> };
  const section = await module.default();
  sections.push(`${section.trim()}\n\n<sub>Source: \`${name}\`</sub>`);
  console.log(section);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = `# Benchmarks

Written by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB.
Timings on shared machines are noisy: read ratios and orders of magnitude, not single milliseconds.
Run \`pnpm bench\` to measure your own machine; \`pnpm bench WORD\` runs only the benchmarks whose path contains WORD
(and then rewrites this file with just those).
`;
writeFileSync(join(root, 'docs/benchmarks.md'), `${header}\n${sections.join('\n\n')}\n`);
console.log('bench: wrote docs/benchmarks.md');
