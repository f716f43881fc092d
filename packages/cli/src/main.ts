#!/usr/bin/env node
/**
 * The `argmap` executable: runs the command line against the real file system and streams.
 *
 * @module
 */
import { nodeIo } from './io.ts';
import { run } from './run.ts';

// A reader that stops early (`argmap evaluate big.af | head`) closes the pipe under us: stop
// quietly with the command's exit code, as Unix tools do, instead of dying on the unhandled
// EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

try {
  // exitCode rather than process.exit(), so piped output is flushed before the process ends.
  process.exitCode = run(process.argv.slice(2), nodeIo);
} catch (error) {
  // Only a bug gets here: user input comes back as diagnostics.
  process.stderr.write(
    `argmap: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 1;
}
