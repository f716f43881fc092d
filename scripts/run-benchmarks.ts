/**
 * `pnpm bench`: runs every benchmark in the repo and writes the results to docs/benchmarks.md.
 *
 * A benchmark is a file `packages/<name>/bench/<topic>.bench.ts` or `apps/<name>/bench/<topic>.bench.ts`
 * whose default export is an async function returning a Markdown section (a `## heading`, a sentence
 * on what is measured, and a table). Pass words to run only the files whose path contains one of them:
 * `pnpm bench evaluate` (which replaces only those sections of docs/benchmarks.md).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);

function benchFiles(words: string[]): string[] {
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
  return files.filter((file) => words.length === 0 || words.some((word) => file.includes(word)));
}

const output = join(root, 'docs/benchmarks.md');
const SOURCE = /\n\n<sub>Source: `([^`]+)`[^<]*<\/sub>/g;
const today = new Date().toISOString().slice(0, 10);

/**
 * The sections of the current docs/benchmarks.md by bench file, so that `pnpm bench WORD` replaces
 * only the sections it ran and keeps the others.
 */
function previousSections(): Map<string, string> {
  const sections = new Map<string, string>();
  if (filters.length === 0 || !existsSync(output)) return sections;
  const text = readFileSync(output, 'utf8');
  let start = text.indexOf('\n## ');
  for (const match of text.matchAll(SOURCE)) {
    if (start < 0 || match.index < start) continue;
    const name = match[1] ?? '';
    sections.set(name, text.slice(start, match.index + match[0].length).trim());
    start = text.indexOf('\n## ', match.index + match[0].length);
  }
  return sections;
}

const sections = previousSections();
for (const file of benchFiles(filters)) {
  const name = relative(root, file);
  console.log(`bench: ${name}`);
  const module = (await import(pathToFileURL(file).href)) as { default: () => Promise<string> };
  const section = await module.default();
  sections.set(name, `${section.trim()}\n\n<sub>Source: \`${name}\`, run on ${today}</sub>`);
  console.log(section);
}
const ordered = benchFiles([]).flatMap((file) => sections.get(relative(root, file)) ?? []);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = `# Benchmarks

Written by \`pnpm bench\` (each section says the day it was run; the last run was on ${today}): Node ${process.version}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB.
Timings on shared machines are noisy: read ratios and orders of magnitude, not single milliseconds.
Run \`pnpm bench\` to measure your own machine; \`pnpm bench WORD\` runs only the benchmarks whose path contains WORD
(and then replaces just those sections of this file).
`;
writeFileSync(output, `${header}\n${ordered.join('\n\n')}\n`);
console.log('bench: wrote docs/benchmarks.md');
