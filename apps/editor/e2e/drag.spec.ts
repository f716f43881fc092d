import { expect, type Locator, type Page, test } from '@playwright/test';
import { generateMap } from '../bench/generateMap.ts';
import { EditorPage } from './pages/EditorPage.ts';
import { MapStorage } from './pages/mapStorage.ts';
import { saveScreenshot } from './screenshot.ts';

/** Drags `node` by (dx, dy) screen pixels in small steps, as a hand would. */
async function dragBy(page: Page, node: Locator, dx: number, dy: number, midway?: () => Promise<void>) {
  const box = await node.locator('.arg-node__text').boundingBox();
  if (!box) throw new Error('node not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // React Flow starts the drag on the first move and measures from there: keep that step tiny.
  await page.mouse.move(x + 1, y + 1);
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await midway?.();
  await page.mouse.up();
}

/** Where the map says a node is (its hand-set position), through the test hook. */
function storedPosition(page: Page, id: string) {
  return page.evaluate(
    (nodeId) => window.argmapEditor?.store.getSnapshot().map.nodes.get(nodeId)?.position,
    id,
  );
}

/** The first `count` nodes wholly on screen, with room to drag them right and down. */
async function nodesOnScreen(editor: EditorPage, count: number): Promise<Locator[]> {
  await expect(editor.canvas).toBeVisible();
  const frame = await editor.canvas.boundingBox();
  if (!frame) throw new Error('no canvas');
  const found: Locator[] = [];
  for (const node of await editor.nodes().all()) {
    const box = await node.boundingBox();
    if (!box || box.x < frame.x + 60 || box.y < frame.y + 60) continue;
    if (box.x + box.width > frame.x + frame.width - 300 || box.y + box.height > frame.y + frame.height - 200)
      continue;
    found.push(node);
    if (found.length === count) return found;
  }
  throw new Error(`fewer than ${count} nodes on screen`);
}

async function topLeft(node: Locator) {
  const box = await node.boundingBox();
  if (!box) throw new Error('node not on screen');
  return { x: box.x, y: box.y };
}

test('dragging a node moves it, one undo puts it back, and the move survives a reload', async ({ page }) => {
  const app = new MapStorage(page);
  const editor = new EditorPage(page);
  await app.open();
  const [node] = (await nodesOnScreen(editor, 1)) as [Locator];
  const id = (await node.getAttribute('data-id')) as string;
  const before = await topLeft(node);
  const stored = await storedPosition(page, id);

  await dragBy(page, node, 120, 60, async () => {
    // Mid-drag the node follows the pointer, before anything reaches the map.
    expect((await topLeft(node)).x).toBeGreaterThan(before.x + 100);
    expect(await storedPosition(page, id)).toEqual(stored);
    await saveScreenshot(page, 'editor-mid-drag');
  });
  const after = await topLeft(node);
  expect(after.x - before.x).toBeCloseTo(120, -1);
  expect(after.y - before.y).toBeCloseTo(60, -1);
  const dropped = await storedPosition(page, id);
  expect(dropped).toBeDefined();

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await topLeft(node)).x).toBeCloseTo(before.x, 0);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await topLeft(node)).x).toBeCloseTo(after.x, 0);

  await app.expectSaved();
  await app.open();
  expect(await storedPosition(page, id)).toEqual(dropped);
});

test('dragging one node of a selection moves them all, as one undo step', async ({ page }) => {
  const editor = new EditorPage(page);
  // Waits until the stored map is back, not only for the first paint of the example: the canvas is
  // replaced in between, and a node found before that is gone.
  await new MapStorage(page).open();
  const [first, second] = (await nodesOnScreen(editor, 2)) as [Locator, Locator];
  const ids = [
    (await first.getAttribute('data-id')) as string,
    (await second.getAttribute('data-id')) as string,
  ];
  await page.evaluate((selected) => window.argmapEditor?.store.select(selected), ids);
  const before = [await topLeft(first), await topLeft(second)];

  await dragBy(page, first, 80, 40);
  const after = [await topLeft(first), await topLeft(second)];
  for (const i of [0, 1]) {
    expect((after[i]?.x ?? 0) - (before[i]?.x ?? 0)).toBeCloseTo(80, -1);
    expect((after[i]?.y ?? 0) - (before[i]?.y ?? 0)).toBeCloseTo(40, -1);
  }
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await topLeft(second)).x).toBeCloseTo(before[1]?.x ?? 0, 0);
  expect((await topLeft(first)).x).toBeCloseTo(before[0]?.x ?? 0, 0);
});

test('a 1,000-node map drags, shows its overview, and keeps its strengths after the drop', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(generateMap(1_000));
  const node = editor.node('Generated question');
  await expect(node).toBeVisible();
  await expect(page.getByRole('img', { name: 'Minimap' })).toBeVisible();
  const strength = await editor.strengthOf('Generated question');
  const before = await topLeft(node);

  await dragBy(page, node, 150, 80);
  await expect.poll(async () => (await topLeft(node)).x).toBeCloseTo(before.x + 150, -1);
  expect(await storedPosition(page, 'n0')).toBeDefined();
  expect(await editor.strengthOf('Generated question')).toBe(strength);
  await saveScreenshot(page, 'editor-big-map-drop');
});
