/**
 * Compares our Argdown reader with @argdown/core on every `.argdown` file in a folder, e.g. a
 * checkout of Argdown's own examples:
 *
 *     pnpm exec tsx packages/formats/scripts/compare-argdown.ts ../argdown/examples
 *
 * Prints MATCH or the differing statements, arguments and relations per file; exits 1 on any
 * difference. Argdown's examples are not copied into this repository; this is how to check them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArgdownStructure, ourStructure, referenceStructure } from '../test/argdownReference.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: compare-argdown.ts FOLDER');
  process.exit(2);
}
let differences = 0;
for (const name of readdirSync(dir).filter((file) => file.endsWith('.argdown'))) {
  const text = readFileSync(join(dir, name), 'utf8');
  let reference: ArgdownStructure;
  try {
    reference = referenceStructure(text);
  } catch {
    console.log(`${name}: skipped (@argdown/core reports syntax errors)`);
    continue;
  }
  const ours = ourStructure(text);
  const report: string[] = [];
  for (const key of ['statements', 'arguments', 'relations'] as const) {
    const theirs = new Set(reference[key]);
    const mine = new Set(ours[key]);
    for (const line of ours[key]) if (!theirs.has(line)) report.push(`  only ours   ${key}: ${line}`);
    for (const line of reference[key]) if (!mine.has(line)) report.push(`  only theirs ${key}: ${line}`);
  }
  if (ours.title !== reference.title) report.push(`  title: ${ours.title} ≠ ${reference.title}`);
  const counts = `${reference.statements.length} statements, ${reference.arguments.length} arguments, ${reference.relations.length} relations`;
  console.log(`${name}: ${report.length === 0 ? 'MATCH' : 'DIFFERENT'} (${counts})`);
  for (const line of report) console.log(line);
  if (report.length > 0) differences++;
}
process.exit(differences > 0 ? 1 : 0);
