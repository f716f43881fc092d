import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(new URL('../../../docs/collaboration.md', import.meta.url), 'utf8');

function sources(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(new URL(file, dir), 'utf8'));
}

describe('docs/collaboration.md', () => {
  it('documents every code the class server and @argmap/classroom can answer with', () => {
    const codes = new Set<string>();
    const dirs = [
      new URL('./', import.meta.url),
      new URL('../../../packages/classroom/src/', import.meta.url),
    ];
    for (const dir of dirs) {
      for (const text of sources(dir)) {
        for (const match of text.matchAll(
          /(?:refuse|error|problem|reject|errorReply\(\d+,)\(?\s*'([a-z]+(?:-[a-z]+)+)'|(?:reason|code): '([a-z]+(?:-[a-z]+)+)'/g,
        )) {
          codes.add((match[1] ?? match[2]) as string);
        }
      }
    }
    expect(codes.size).toBeGreaterThan(12);
    const undocumented = [...codes].filter((code) => !doc.includes(`\`${code}\``));
    expect(undocumented).toEqual([]);
  });
});
