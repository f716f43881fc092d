/**
 * `class-server`: runs the Argmap class server until Ctrl-C (or SIGTERM), then stores every open
 * room and exits. Prints where it listens and where the data is.
 *
 * @module
 */

import { join } from 'node:path';
import { redactedUrl, startClassServer } from './classServer.ts';
import { parseOptions } from './options.ts';
import { DATABASE_FILE } from './store.ts';

const parsed = parseOptions(process.argv.slice(2), process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { dataDir, host, port, redis } = parsed.value;
const server = await startClassServer({ dataDir, host, port, ...(redis !== undefined && { redis }) }).catch(
  (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(
        `Port ${port} on ${host} is in use (another class server?). Start with --port N, or --port 0 for any free port.`,
      );
    } else {
      console.error(`The class server could not start: ${error.message}`);
    }
    process.exit(1);
  },
);
console.log(`Argmap class server on ${server.url} (WebSocket ${server.collabUrl})`);
console.log(`Class data: ${join(dataDir, DATABASE_FILE)}`);
if (redis !== undefined) console.log(`Sharing rooms through Redis at ${redactedUrl(redis)}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
