/**
 * `pnpm bench canvas`: the editor in headless Chromium (production build) on generated maps of
 * 100, 200, 1,000 and 5,000 nodes: how long until the map is on screen, how smooth dragging
 * a node is (intervals between animation frames while the pointer moves), and what Fit shows.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { generateMap } from './generateMap.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// Its own port and output folder, so a benchmark never collides with e2e runs on 4173 and dist/.
const port = 4281;
const sizes = [100, 200, 1_000, 5_000];
const targets: Record<number, string> = { 200: '≤ 500 ms ready', 1000: '≤ 1,500 ms ready, drag p95 ≤ 35 ms' };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error('vite preview exited before serving');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Loads the map through the test hook; resolves with ms until every rendered node is measured and shown. */
async function timeToReady(page: Page, size: number): Promise<number> {
  const map = generateMap(size);
  return page.evaluate(async (m) => {
    const start = performance.now();
    window.argmapEditor?.loadDocument(m);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (;;) {
      await frame();
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length > 0 && [...nodes].every((node) => node.style.visibility !== 'hidden')) break;
    }
    await frame();
    return performance.now() - start;
  }, map);
}

/** Drags the first visible node in 60 pointer steps and returns the intervals between frames. */
async function dragFrames(page: Page): Promise<number[]> {
  const box = await page.locator('.react-flow__node .arg-node__text').first().boundingBox();
  if (!box) throw new Error('no node on screen to drag');
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording: boolean };
    w.frames_ = [];
    w.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frames_.push(now - last);
      last = now;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + i * 4, y + Math.sin(i / 6) * 30);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording: boolean };
    w.recording = false;
    return w.frames_.slice(1);
  });
}

/**
 * Clicks Fit and waits until the view stops moving and every node on screen is drawn. Returns the
 * time that took, the share of the map's nodes wholly inside the canvas, and the drawing's aspect.
 */
async function fitAll(page: Page, size: number): Promise<{ ms: number; inside: number; aspect: number }> {
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  return page.evaluate(
    async ({ total, t0 }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      let last = '';
      let still = 0;
      while (still < 3) {
        await frame();
        const now = viewport?.style.transform ?? '';
        const nodes = [...document.querySelectorAll<HTMLElement>('.canvas-frame .react-flow__node')];
        const shown = nodes.every((node) => node.style.visibility !== 'hidden');
        still = now === last && shown ? still + 1 : 0;
        last = now;
      }
      const ms = performance.now() - t0;
      const canvas = document.querySelector('.canvas-frame .react-flow')?.getBoundingClientRect();
      let inside = 0;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const node of document.querySelectorAll('.canvas-frame .react-flow__node')) {
        const r = node.getBoundingClientRect();
        [x0, y0, x1, y1] = [
          Math.min(x0, r.left),
          Math.min(y0, r.top),
          Math.max(x1, r.right),
          Math.max(y1, r.bottom),
        ];
        if (
          canvas &&
          r.left >= canvas.left &&
          r.top >= canvas.top &&
          r.right <= canvas.right &&
          r.bottom <= canvas.bottom
        )
          inside++;
      }
      return { ms, inside: inside / total, aspect: (x1 - x0) / Math.max(1, y1 - y0) };
    },
    { total: size, t0: start },
  );
}

export default async function bench(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'argmap-canvas-bench-'));
  const vite = join(appDir, 'node_modules/.bin/vite');
  execFileSync(vite, ['build', '--mode', 'e2e', '--outDir', outDir, '--emptyOutDir'], {
    cwd: appDir,
    stdio: 'ignore',
  });
  // Node itself runs Vite's script: killing the `.bin/vite` shell wrapper left the preview server running.
  const server = spawn(
    process.execPath,
    [
      join(appDir, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: appDir,
      stdio: 'ignore',
    },
  );
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rows: string[] = [];
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  try {
    await waitForServer(`http://127.0.0.1:${port}/`, server);
    let previous: { size: number; ready: number } | undefined;
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx compiles the functions passed to page.evaluate with esbuild's keepNames helper.
      await page.addInitScript('window.__name = (fn) => fn');
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => window.argmapEditor !== undefined);
      await page.locator('.react-flow__node').first().waitFor();
      const ready = await timeToReady(page, size);
      const frames = await dragFrames(page);
      const rendered = await page.locator('.react-flow__node').count();
      const fit = await fitAll(page, size);
      const growth = previous
        ? `${(ready / previous.ready).toFixed(1)}× for ${size / previous.size}× nodes`
        : '—';
      rows.push(
        `| ${size.toLocaleString('en')} | ${rendered.toLocaleString('en')} | ${ready.toFixed(0)} | ${fit.ms.toFixed(0)} | ${(fit.inside * 100).toFixed(0)}% | ${fit.aspect.toFixed(2)} | ${percentile(frames, 50).toFixed(1)} | ${percentile(frames, 95).toFixed(1)} | ${growth} | ${targets[size] ?? ''} |`,
      );
      previous = { size, ready };
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
  return `## Editor canvas (React Flow, headless Chromium)

The production build of the editor in Debian's headless Chromium (1440×900, no GPU), on generated debate
maps. **Ready** is the time from \`store.loadMap\` until every rendered node is measured and visible (one more
frame after that); above 150 nodes only on-screen nodes are rendered (culling; \`CULLING_THRESHOLD\` in MapCanvas.tsx), so **rendered** is the count
in the DOM at the opening view (big maps open on the question and positions, zoomed out). **Fit** clicks Fit
and times until the view is still and every node on screen is drawn; **inside** is the share of the map's
nodes wholly inside the canvas after that (goal 100%), and **aspect** the drawn map's width : height.
**Drag** drags one node through 60 pointer steps ~16 ms apart and records the intervals between
\`requestAnimationFrame\` callbacks (p50 and p95; 16.7 ms is 60 fps). Load average when the run started:
${load} — on a shared machine a load far above its core count inflates every number here.

| nodes | rendered | ready (ms) | Fit (ms) | inside after Fit | aspect | drag p50 (ms) | drag p95 (ms) | growth of ready | target |
|---:|---:|---:|---:|---:|---:|---:|---:|---|---|
${rows.join('\n')}
`;
}
