import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The root `test:e2e` builds the production bundle (dist/) before running this suite; the suite
// itself runs against the e2e build (dist-e2e/), the only one that may carry the test hook.
test('the production bundle carries no window.argmapEditor test hook', () => {
  const assets = join(import.meta.dirname, '..', 'dist', 'assets');
  let files: string[];
  try {
    files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  } catch {
    throw new Error(`No production build in ${assets}: run \`vite build\` in apps/editor first.`);
  }
  expect(files.length).toBeGreaterThan(0);
  for (const name of files)
    expect(readFileSync(join(assets, name), 'utf8'), name).not.toContain('argmapEditor');
});
