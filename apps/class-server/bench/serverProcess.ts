/**
 * A class server as its own process (`src/main.ts`), for the benchmarks.
 *
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** A class server running as its own process. */
export interface ServerProcess {
  /** The process id (to read its memory from /proc). */
  pid: number;
  url: string;
  collabUrl: string;
  stop(): Promise<void>;
}

/** `src/main.ts` as its own process, as a school runs it. */
export async function serverProcess(dataDir: string, redis?: string): Promise<ServerProcess> {
  const args = ['--import', 'tsx', 'src/main.ts', '--data', dataDir, '--port', '0'];
  if (redis !== undefined) args.push('--redis', redis);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`a server exited (${code}) before listening: ${out}`)));
  });
  return {
    pid: child.pid ?? 0,
    url,
    collabUrl: `${url.replace('http', 'ws')}/collab`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
