import { afterEach, describe, expect, it } from 'vitest';
import { testServer } from '../../test/harness.ts';
import { runLoadtest } from './loadtest.ts';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe('the load test, small form', () => {
  it('40 students × 25 edits each, with the teacher editing too: every replica and the store agree', async () => {
    const started = await testServer();
    stop = started.stop;
    const result = await runLoadtest(started.server, { clients: 40, edits: 25 });
    expect(result.problems).toEqual([]);
    expect(result.nodes).toBe(3 + 40 * 5);
  }, 120_000);
});
