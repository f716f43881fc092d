/**
 * Everything the CLI does to the outside world, behind one interface: reading files and standard
 * input under a size cap, writing files and the two output streams. `nodeIo` is the real thing.
 *
 * @module
 */
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { fail, ok, type Result } from '@argmap/core';

/** The CLI's window on the world. */
export interface Io {
  /** Reads a file, or standard input for `-`, refusing more than `maxBytes`. */
  read(path: string, maxBytes: number): Result<Uint8Array>;
  /** Writes a file, or standard output for `-`. */
  write(path: string, text: string): Result<void>;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
}

/** A size for people: `12.3 MB`, `800 kB`, `512 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

function tooLarge(path: string, maxBytes: number): Result<Uint8Array> {
  return fail([
    {
      severity: 'error',
      code: 'file-too-large',
      // The line starts with the file's name already; saying it twice pushes the point off screen.
      message: `${path === '-' ? 'Standard input' : 'The file'} is larger than the ${formatBytes(maxBytes)} limit; raise it with --max-size if the file is genuine`,
    },
  ]);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Reads `fd` to its end in chunks, stopping as soon as more than `maxBytes` arrived. The size a
 * file claims is not trusted: devices (/dev/zero), named pipes and /proc files report 0 or lie,
 * and would otherwise be read without end. Throws the system error for the caller to word.
 */
function readBounded(fd: number, label: string, maxBytes: number): Result<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(65_536);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking stdin (some terminals) has no data yet: wait a moment for it rather than
      // fail, sleeping so the loop does not spin a core.
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 20);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return tooLarge(label, maxBytes);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return ok(new Uint8Array(Buffer.concat(chunks)));
}

function readStdin(maxBytes: number): Result<Uint8Array> {
  try {
    return readBounded(0, '-', maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail([
      { severity: 'error', code: 'unreadable', message: `cannot read standard input (${code ?? 'error'})` },
    ]);
  }
}

function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e.code ?? String(error);
  }
}

/** The real file system and process streams. */
export const nodeIo: Io = {
  read(path, maxBytes) {
    if (path === '-') return readStdin(maxBytes);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      // A regular file that says it is too large is refused unread; anything else is read only
      // up to the limit, whatever its size claims.
      if (stat.size > maxBytes) return tooLarge(path, maxBytes);
      const fd = openSync(path, 'r');
      try {
        return readBounded(fd, path, maxBytes);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      return fail([
        { severity: 'error', code: 'unreadable', message: `cannot read ${path}: ${describeError(error)}` },
      ]);
    }
  },
  write(path, text) {
    if (path === '-') {
      process.stdout.write(text);
      return ok(undefined);
    }
    try {
      writeFileSync(path, text);
      return ok(undefined);
    } catch (error) {
      return fail([
        { severity: 'error', code: 'unwritable', message: `cannot write ${path}: ${describeError(error)}` },
      ]);
    }
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
