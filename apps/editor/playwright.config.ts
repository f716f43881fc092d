import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium: test tools cannot download browsers on these machines.
 * CHROMIUM_PATH overrides the location. A missing browser is an error, never a skip.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

// E2E_PORT lets two checkouts (or .ci/run, which picks a free one) run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  throw new Error(`E2E_PORT must be a TCP port number, got ${process.env.E2E_PORT}`);
}

// The class server for the live-class tests: its own free port (.ci/run picks one) and a new data
// folder each run, so no class from an earlier run is there.
const classPort = Number(process.env.E2E_CLASS_PORT ?? port + 1);
if (!Number.isInteger(classPort) || classPort <= 0 || classPort > 65535) {
  throw new Error(`E2E_CLASS_PORT must be a TCP port number, got ${process.env.E2E_CLASS_PORT}`);
}
const classData = mkdtempSync(join(tmpdir(), 'argmap-e2e-classes-'));

export default defineConfig({
  testDir: './e2e',
  outputDir: '../../artifacts/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // Waits are on conditions; these bounds only say when to give up. On a loaded 2-core machine a
  // first paint or a build-heavy page can take several times Playwright's default 5 s.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  // The e2e build (`--mode e2e`) is the one that exposes `window.argmapEditor` (src/testHook.ts); it
  // goes to its own folder so the production build in dist/ never carries the hook.
  webServer: [
    {
      command: `pnpm --dir ../class-server exec tsx src/main.ts --host 127.0.0.1 --port ${classPort} --data ${classData}`,
      url: `http://127.0.0.1:${classPort}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The preview server passes `/api` and `/collab` on to the class server above (vite.config.ts).
      command: `pnpm exec vite build --mode e2e --outDir dist-e2e --emptyOutDir --logLevel warn && ARGMAP_CLASS_SERVER=http://127.0.0.1:${classPort} pnpm exec vite preview --outDir dist-e2e --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
