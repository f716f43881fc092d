/**
 * For tests: runs the `argmap` command line in process on files held in memory (a missing file is
 * `unreadable`, as the real file system says), collecting standard output and error.
 * Not part of the build (`tsconfig.build.json` leaves out `test*.ts`).
 *
 * @module
 */
import { fail, ok } from '@argmap/core';
import type { Io } from './io.ts';
import { run } from './run.ts';

/** The exit code and what `argmap args…` printed, with `files` as its whole file system. */
export function argmapInMemory(
  files: Record<string, string>,
  ...args: string[]
): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    read: (path) =>
      Object.hasOwn(files, path)
        ? ok(new TextEncoder().encode(files[path]))
        : fail([{ severity: 'error', code: 'unreadable', message: `cannot read ${path}: no such file` }]),
    write: () => ok(undefined),
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  };
  return { code: run(args, io), stdout, stderr };
}
