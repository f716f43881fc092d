/**
 * `pnpm loadtest [--clients N] [--edits M]`: starts a class server on loopback with its data in a
 * temporary folder, runs the load test (default 40 clients × 25 edits), prints what it found and
 * exits 1 if any replica, or the stored document, differs.
 *
 * @module
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startClassServer } from '../classServer.ts';
import { runLoadtest } from './loadtest.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number of at least 1.`);
    process.exit(2);
  }
  return value;
}

const clients = option('clients', 40);
const edits = option('edits', 25);
const dataDir = mkdtempSync(join(tmpdir(), 'argmap-loadtest-'));
// Enough per-client allowance for the test's bursts: it measures sync, not the rate limit.
const server = await startClassServer({ dataDir, port: 0, limits: { burst: Math.max(120, edits * 2) } });
console.log(`Load test: ${clients} clients × ${edits} edits on ${server.collabUrl}`);
let failed = true;
try {
  const result = await runLoadtest(server, { clients, edits, timeoutMs: 120_000 });
  console.log(
    `${result.nodes} nodes; every replica caught up ${Math.round(result.convergedMs)} ms after the first edit.`,
  );
  for (const problem of result.problems) console.error(`✗ ${problem}`);
  failed = result.problems.length > 0;
  console.log(failed ? 'FAILED' : 'OK: every replica and the stored document are identical.');
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
