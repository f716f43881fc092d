import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT_TYPES, SERVER_ONLY_ROOTS } from './layout.ts';
import { DEFAULT_LIMITS } from './limits.ts';

const doc = readFileSync(new URL('../../../docs/collaboration.md', import.meta.url), 'utf8');

/** The rows of the markdown table under `heading`, as arrays of cells. */
function tableAfter(heading: string): string[][] {
  const start = doc.indexOf(heading);
  expect(start, `${heading} in docs/collaboration.md`).toBeGreaterThan(-1);
  const lines = doc.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('docs/collaboration.md stays true', () => {
  it('lists exactly the root types, and which ones only the server writes', () => {
    const rows = tableAfter('## The shared document');
    expect(rows.map((r) => r[0]?.replaceAll('`', ''))).toEqual([...ROOT_TYPES]);
    const serverOnly = rows.filter((r) => r[3] === 'the server only').map((r) => r[0]?.replaceAll('`', ''));
    expect(serverOnly).toEqual([...SERVER_ONLY_ROOTS]);
  });

  it('gives the default limits', () => {
    const rows = tableAfter('## Limits');
    const cell = (start: string) => rows.find((r) => r[0]?.startsWith(start))?.[1];
    expect(cell('nodes plus edges')).toBe(String(DEFAULT_LIMITS.maxItems));
    expect(cell('one WebSocket message')).toBe(`${DEFAULT_LIMITS.maxMessageBytes / 1024} KiB`);
    expect(cell('messages per client')).toBe(
      `${DEFAULT_LIMITS.burst} at once, then ${DEFAULT_LIMITS.messagesPerSecond} a second`,
    );
  });
});
