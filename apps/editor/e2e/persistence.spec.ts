import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { bombLink } from '../src/test/bombLink.ts';
import { MapStorage } from './pages/mapStorage.ts';
import { saveScreenshot } from './screenshot.ts';

// lz-string is CommonJS; share links are built here exactly as the editor builds them.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)('lz-string') as {
  compressToEncodedURIComponent(text: string): string;
};

test.describe('maps are never lost', () => {
  test('every edit is back after the page is closed without warning', async ({ context, page }) => {
    const app = new MapStorage(page);
    let warned = false;
    page.on('dialog', async (dialog) => {
      warned = true;
      await dialog.dismiss();
    });
    await app.open();
    const before = await app.nodes.count();
    await app.addNode();
    await app.addNode();
    await expect(app.nodes).toHaveCount(before + 2);
    // Close at once, mid-autosave: the page-hide flush must store the last edit.
    await page.close({ runBeforeUnload: true });
    expect(warned).toBe(false);

    const reopened = new MapStorage(await context.newPage());
    await reopened.open();
    await expect(reopened.nodes).toHaveCount(before + 2);
    await reopened.expectSaved();
  });

  test("a second tab on the same map warns the first, which loads that tab's work instead of overwriting it", async ({
    context,
    page,
  }) => {
    const first = new MapStorage(page);
    await first.open();
    await first.expectSaved();
    const before = await first.nodes.count();

    const second = new MapStorage(await context.newPage());
    await second.open();
    await expect(second.nodes).toHaveCount(before);
    await second.addNode();
    await second.addNode();
    await second.expectSaved();

    await expect(first.notice).toBeVisible();
    await expect(first.notice.getByRole('heading')).toHaveText('This map is also open in another tab');
    await saveScreenshot(page, 'persistence-other-tab');
    await first.notice.getByRole('button', { name: "Load the other tab's version" }).click();
    await expect(first.notice).toHaveCount(0);
    await expect(first.nodes).toHaveCount(before + 2);
    // The second tab's work is still what is stored.
    const reopened = new MapStorage(await context.newPage());
    await reopened.open();
    await expect(reopened.nodes).toHaveCount(before + 2);
  });

  test('a corrupted stored map is recovered, with a message and the data', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    const title = await app.title().textContent();
    const count = await app.nodes.count();
    await app.expectSaved();
    const records = await app.storedRecords();
    const key = Object.keys(records).find((k) => k.startsWith('map/')) as string;
    const record = records[key] as {
      map: { edges: Record<string, unknown>; nodes: Record<string, unknown> };
    };
    record.map.edges.broken = { id: 'broken', kind: 'supports', source: 'gone', target: 'q' };
    record.map.nodes.junk = 42;
    await app.writeRecord(key, record);

    await app.open();
    await expect(app.notice).toBeVisible();
    await expect(app.notice.getByRole('heading')).toHaveText('Your map was repaired');
    await expect(app.notice.getByText(/Dropped link "broken"/)).toBeVisible();
    await expect(app.notice.getByText('edges › broken')).toBeVisible();
    await saveScreenshot(page, 'persistence-recovered');
    const original = page.waitForEvent('download');
    await app.notice.getByRole('button', { name: 'Download the original' }).click();
    expect((await original).suggestedFilename()).toMatch(/original\.json$/);
    await app.notice.getByRole('button', { name: 'OK' }).click();
    await expect(app.title()).toHaveText(title ?? '');
    await expect(app.nodes).toHaveCount(count);
    // The untouched original is kept beside the repaired map.
    const after = await app.storedRecords();
    expect(Object.keys(after).some((k) => k.startsWith('backup/'))).toBe(true);
  });

  test('a full disk is shown plainly and the map stays, downloadable', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    await app.expectSaved();
    await app.fillTheDisk();
    const before = await app.nodes.count();
    await app.addNode();
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
    await expect(app.saveStatus).toHaveText('Not saved');
    await expect(alert).toContainText('out of space');
    await expect(app.nodes).toHaveCount(before + 1);
    await saveScreenshot(page, 'persistence-disk-full');
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download a copy' }).click();
    const file = await download;
    const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(Object.keys(saved.nodes)).toHaveLength(before + 1);
  });

  test('a file with syntax errors lists them by line and column and changes nothing', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    const title = await app.title().textContent();
    const count = await app.nodes.count();
    await app.openFile(
      'broken.argmap.json',
      '{\n  "format": "argmap",\n  "version": 1,\n  "meta": { "title": "X" ,,\n}',
    );
    await expect(app.notice.getByRole('heading')).toHaveText('"broken.argmap.json" could not be opened');
    await expect(app.notice.getByText('line 4, column 27', { exact: true })).toBeVisible();
    await saveScreenshot(page, 'persistence-import-errors');
    await app.notice.getByRole('button', { name: 'OK' }).click();
    await expect(app.title()).toHaveText(title ?? '');
    await expect(app.nodes).toHaveCount(count);
  });

  test('the example map round-trips through an exported file', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    const count = await app.nodes.count();
    const file = await app.download('Save as file (.argmap.json)');
    expect(file.name).toBe('us-export-controls-on-ai-chips-and-deepseek.argmap.json');
    const exported = JSON.parse(file.text);
    await app.openFile(file.name, file.text);
    await expect(app.nodes).toHaveCount(count);
    await app.expectSaved();
    // Opened as a second map, identical to the first.
    const home = await app.showMaps();
    await expect(home.getByRole('row')).toHaveCount(3);
    await home.getByRole('button', { name: 'Back to the open map' }).click();
    const reexported = await app.download('Save as file (.argmap.json)');
    expect(JSON.parse(reexported.text)).toEqual(exported);
  });

  test('a share link opens read-only in a fresh browser, and Make a copy makes it editable', async ({
    browser,
    page,
  }) => {
    const app = new MapStorage(page);
    await app.open();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/#map=/);
    await saveScreenshot(page, 'persistence-share-popover');

    const fresh = await browser.newContext();
    const friend = new MapStorage(await fresh.newPage());
    await friend.open(link);
    const banner = friend.page.getByRole('region', { name: 'Shared map' });
    await expect(banner).toContainText('read-only');
    await expect(friend.nodes).toHaveCount(await app.nodes.count());
    await saveScreenshot(friend.page, 'persistence-shared-read-only');
    await banner.getByRole('button', { name: 'Make a copy to edit' }).click();
    await expect(banner).toHaveCount(0);
    await friend.expectSaved();
    expect(friend.page.url()).not.toContain('#map=');
    await fresh.close();
  });
});

test('a file dropped on the canvas opens as a new map', async ({ page }) => {
  const app = new MapStorage(page);
  await app.open();
  const dropped = {
    format: 'argmap',
    version: 2,
    meta: { title: 'Dropped map' },
    nodes: { q: { id: 'q', kind: 'question', text: 'Should we?', baseScore: 0.5 } },
    edges: {},
  };
  await app.dropFile('dropped.argmap.json', JSON.stringify(dropped));
  await expect(app.title()).toHaveText('Dropped map');
  await expect(app.nodes).toHaveCount(1);
  await app.expectSaved();
});

test.describe('pictures of the whole map', () => {
  test('SVG and PNG exports hold every node and edge, the PNG at twice the size', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    const count = await app.nodes.count();
    const svg = await app.download('Export SVG image (.svg)');
    expect(svg.name).toMatch(/\.svg$/);
    const edges = /<g class="edges">([\s\S]*?)<\/g>/.exec(svg.text)?.[1] ?? '';
    expect((edges.match(/<path/g) ?? []).length).toBeGreaterThan(0);
    expect((svg.text.match(/class="statement"/g) ?? []).length).toBeGreaterThanOrEqual(count);
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg.text)?.[1]);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg.text)?.[1]);
    // 2×, unless that passes the 16 384 px canvas limit browsers enforce (the example map is wide).
    const scale = Math.min(2, 16_384 / width, 16_384 / height);

    const download = page.waitForEvent('download');
    await app.fileMenu('Export PNG image (.png)');
    const png = readFileSync(await (await download).path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk holds the pixel width and height at bytes 16–23.
    expect(png.readUInt32BE(16)).toBe(Math.ceil(width * scale));
    expect(png.readUInt32BE(20)).toBe(Math.ceil(height * scale));
    expect(scale).toBeGreaterThan(1);
  });
});

test.describe('the maps list', () => {
  test('opens, duplicates, renames and deletes maps, with undo', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    await app.expectSaved();
    const home = await app.showMaps();
    const title = 'US export controls on AI chips and DeepSeek';
    await home.getByRole('button', { name: `Duplicate ${title}` }).click();
    const copy = home.getByRole('row', { name: new RegExp(`Copy of ${title}`) });
    await expect(copy).toBeVisible();
    await expect(copy).toContainText(/just now/);
    await expect(copy).toContainText(/KB · \d+ nodes/);

    await copy.getByRole('button', { name: /^Rename/ }).click();
    await home.getByRole('textbox', { name: /New title/ }).fill('My version');
    await home.getByRole('button', { name: 'Save name' }).click();
    await expect(home.getByRole('button', { name: 'My version', exact: true })).toBeVisible();
    await saveScreenshot(page, 'persistence-maps-list');

    await home.getByRole('button', { name: 'Delete My version' }).click();
    await expect(home.getByRole('button', { name: 'My version', exact: true })).toHaveCount(0);
    await home.getByRole('button', { name: 'Undo' }).click();
    await home.getByRole('button', { name: 'My version', exact: true }).click();
    await expect(home).toHaveCount(0);
    await expect(app.title()).toHaveText('My version');

    // Reopening the browser comes back to the map opened last.
    await app.open();
    await expect(app.title()).toHaveText('My version');
  });
});

test.describe('labels that look like code', () => {
  const hostile = {
    format: 'argmap',
    version: 2,
    meta: { title: '<script>window.__pwned = 1</script> map' },
    nodes: {
      q: { id: 'q', kind: 'question', text: '<script>window.__pwned = 1</script>', baseScore: 0.5 },
      c: { id: 'c', kind: 'claim', text: '<img src=x onerror="window.__pwned = 2">', baseScore: 0.5 },
      e: {
        id: 'e',
        kind: 'evidence',
        text: 'A source',
        baseScore: 0.5,
        evidence: {
          quote: '<img src=y onerror="window.__pwned = 3">',
          kind: 'report',
          source: { speaker: '<b>Someone</b>', url: 'https://example.org/report' },
        },
      },
    },
    edges: {
      e1: { id: 'e1', kind: 'supports', source: 'c', target: 'q' },
      e2: { id: 'e2', kind: 'supports', source: 'e', target: 'c' },
    },
  };

  test('run nothing in the editor or the printed handout', async ({ page }) => {
    const app = new MapStorage(page);
    await app.open();
    await app.openFile('hostile.argmap.json', JSON.stringify(hostile));
    await expect(app.nodes).toHaveCount(3);
    await expect(page.getByText('<img src=x onerror="window.__pwned = 2">').first()).toBeVisible();

    // The printed handout (outline with sources: every text, quote and link of the map).
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('button', { name: 'Print handout…' }).click();
    const handout = page.getByRole('dialog', { name: 'Print a handout' });
    await handout.getByRole('radio', { name: 'Outline with sources' }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText(hostile.meta.title);
    await expect(
      handout.getByText('<img src=y onerror="window.__pwned = 3">', { exact: false }).first(),
    ).toBeVisible();
    await expect(handout.getByRole('link', { name: 'https://example.org/report' })).toBeVisible();
    await saveScreenshot(page, 'persistence-print-handout');
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await expect(handout).toBeHidden();

    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script:not([src])').count()).toBe(0);

    const svg = await app.download('Export SVG image (.svg)');
    expect(svg.text).not.toMatch(/<script|<img|<foreignObject/i);
    // No element carries an event handler; the label's "onerror=" is escaped text.
    expect(svg.text).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(svg.text).toContain('&lt;script&gt;');
  });

  test('a crafted share link loses its javascript: link and runs nothing', async ({ page }) => {
    const crafted = structuredClone(hostile);
    crafted.nodes.e.evidence.source.url = 'javascript:window.__pwned=4';
    const app = new MapStorage(page);
    await app.open(`/#map=${compressToEncodedURIComponent(JSON.stringify(crafted))}`);
    await expect(page.getByRole('region', { name: 'Shared map' })).toBeVisible();
    // The printed handout, with every source, holds no javascript: link either.
    await page.keyboard.press('Control+p');
    const handout = page.getByRole('dialog', { name: 'Print a handout' });
    await handout.getByRole('radio', { name: 'Outline with sources' }).check();
    await expect(handout.getByText('A source').first()).toBeVisible();
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('a share-link bomb or a deeply nested link opens the editor with a message, never a stuck loading screen', async ({
    page,
  }) => {
    const app = new MapStorage(page);
    await app.open(`/#map=${bombLink(24_000)}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('This share link could not be opened');
    await expect(dialog).toContainText('more than 1,000,000 characters');
    await saveScreenshot(page, 'persistence-share-bomb');

    const deep = `${'['.repeat(6_000)}${']'.repeat(6_000)}`;
    const nested = `{"format":"argmap","version":1,"meta":{"title":"Nested"},"nodes":{"n":{"id":"n","kind":${deep},"text":"Still here","baseScore":${deep}}},"edges":{}}`;
    const fresh = new MapStorage(await page.context().newPage());
    await fresh.open(`/#map=${compressToEncodedURIComponent(nested)}`);
    await expect(fresh.page.getByRole('region', { name: 'Shared map' })).toBeVisible();
    await expect(fresh.nodes).toHaveCount(1);
    await fresh.page.close();
  });
});
