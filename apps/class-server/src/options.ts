/**
 * The class server's command line: `--data DIR`, `--host HOST`, `--port N`, `--redis URL`, or the
 * same as `ARGMAP_CLASS_DATA`, `ARGMAP_CLASS_HOST`, `ARGMAP_CLASS_PORT`, `ARGMAP_CLASS_REDIS`.
 * Parsing is pure so it is tested.
 *
 * @module
 */

import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where and how to run, resolved. */
export interface RunOptions {
  dataDir: string;
  host: string;
  port: number;
  /** `redis://…` or `rediss://…`: share rooms with the other processes on this data folder through Redis. */
  redis?: string;
}

/** The default data folder: `$XDG_DATA_HOME/argmap/classes`, else `~/.local/share/argmap/classes`. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'argmap', 'classes');
}

/** The options from arguments (first) and environment, or a message saying what is wrong. */
export function parseOptions(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): { ok: true; value: RunOptions } | { ok: false; message: string } {
  const values: Record<string, string | undefined> = {
    data: env.ARGMAP_CLASS_DATA,
    host: env.ARGMAP_CLASS_HOST,
    port: env.ARGMAP_CLASS_PORT,
    redis: env.ARGMAP_CLASS_REDIS || undefined,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    // `npm start -- --port 1` passes the `--` on: it separates nothing here.
    if (arg === '--') continue;
    const match = /^--(data|host|port|redis)(?:=(.*))?$/.exec(arg);
    if (match === null) return { ok: false, message: `Unknown argument "${arg}". ${USAGE}` };
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '')
      return { ok: false, message: `--${match[1]} needs a value. ${USAGE}` };
    values[match[1] as string] = value;
  }
  const port = Number(values.port ?? '1234');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${values.port}".` };
  }
  if (values.redis !== undefined && !/^rediss?:\/\/[^/]/.test(values.redis)) {
    return {
      ok: false,
      message: `--redis must be a Redis URL such as redis://127.0.0.1:6379, not "${values.redis}".`,
    };
  }
  return {
    ok: true,
    value: {
      dataDir: resolve(values.data ?? defaultDataDir(env)),
      host: values.host ?? '127.0.0.1',
      port,
      ...(values.redis !== undefined && { redis: values.redis }),
    },
  };
}

/** One line of usage. */
export const USAGE =
  'Usage: class-server [--data DIR] [--host 127.0.0.1] [--port 1234] [--redis redis://127.0.0.1:6379]';
