import { expect, type Page, test } from '@playwright/test';
import { generateMap } from '../bench/generateMap.ts';
import { CanvasView, within } from './pages/CanvasView.ts';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

const TOP = ['q', 'p-work', 'p-backfire', 'p-sputnik', 'p-potemkin'];

/** Opens the example at `viewport` (the project's default when none) and waits for a still canvas. */
async function openExample(page: Page, viewport?: { width: number; height: number }) {
  if (viewport) await page.setViewportSize(viewport);
  const editor = new EditorPage(page);
  const canvas = new CanvasView(page);
  await editor.open();
  await canvas.settled();
  return { editor, canvas };
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the example opens with the question and all four positions readable at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    const { canvas } = await openExample(page, viewport);
    const frame = await canvas.frame();
    for (const id of TOP) {
      const box = await canvas.boxOf(id);
      expect(box, id).toBeDefined();
      expect(within(box as never, frame), `${id} inside the canvas`).toBe(true);
      // Readable: at least 12 px on screen, and the zoomed-out title inside the canvas too.
      expect(await canvas.titlePixels(id), id).toBeGreaterThanOrEqual(12);
      const title = await canvas.titleBox(id);
      if (title && (await page.locator('.canvas-frame.is-far').count()) > 0) {
        expect(within(title, frame), `${id}'s title inside the canvas`).toBe(true);
      }
    }
    // Zoomed out, the question's and the positions' titles are cards: none covers another.
    if ((await page.locator('.canvas-frame.is-far').count()) > 0) {
      const titles = await Promise.all(TOP.map(async (id) => ({ id, box: await canvas.titleBox(id) })));
      for (const [i, a] of titles.entries()) {
        for (const b of titles.slice(i + 1)) {
          if (a.box && b.box) expect(overlap(a.box, b.box), `${a.id}'s title covers ${b.id}'s`).toBe(false);
        }
      }
    }
    // The header is two rows (title and actions, then the toolbar), not three.
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThan(100);
    await saveScreenshot(page, `example-first-view-${viewport.width}`);
  });
}

test('no two boxes of the example overlap: the layout makes room for each node as it is drawn', async ({
  page,
}) => {
  // A source line longer than the layout's estimate wraps onto four lines: its box is taller than
  // the estimate, and the evidence under it was drawn over it.
  const { canvas } = await openExample(page, { width: 1440, height: 900 });
  await expect
    .poll(
      async () => (await canvas.nodesInside()).inside.length + (await canvas.nodesInside()).outside.length,
    )
    .toBeGreaterThan(80);
  await expect.poll(() => canvas.overlapping()).toEqual([]);
});

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 1 && h > 1;
}

test('a generated 500-node debate after Fit has every node inside the canvas, positions readable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const editor = new EditorPage(page);
  const canvas = new CanvasView(page);
  await editor.open();
  await editor.loadMap(generateMap(500));
  await expect(editor.node('Generated question')).toHaveCount(1);
  await editor.button('Fit').click();
  await canvas.settled();
  await expect.poll(async () => (await canvas.nodesInside()).inside.length).toBe(500);
  expect((await canvas.nodesInside()).outside).toEqual([]);
  for (const id of ['n0', 'n1', 'n2', 'n3', 'n4']) {
    expect(await canvas.titlePixels(id), id).toBeGreaterThanOrEqual(12);
  }
  // Nothing under the minimap.
  const minimap = await page.getByRole('img', { name: 'Minimap' }).boundingBox();
  if (!minimap) throw new Error('no minimap');
  const under = await page.evaluate((m) => {
    let count = 0;
    for (const node of document.querySelectorAll('.canvas-frame .react-flow__node')) {
      const r = node.getBoundingClientRect();
      if (r.right > m.x && r.left < m.x + m.width && r.bottom > m.y && r.top < m.y + m.height) count++;
    }
    return count;
  }, minimap);
  expect(under).toBe(0);
  await saveScreenshot(page, 'generated-500-fit');
});

test('on a phone the canvas gets the screen, and the inspector and minimap come back on demand', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const editor = new EditorPage(page);
  const canvas = new CanvasView(page);
  await editor.open();
  await expect(editor.inspector).toBeHidden();
  await expect(page.getByRole('img', { name: 'Minimap' })).toHaveCount(0);
  const frame = await canvas.frame();
  expect(frame.width).toBeGreaterThanOrEqual(380);
  expect(frame.height).toBeGreaterThan(844 * 0.6);
  await saveScreenshot(page, 'phone-canvas');

  await page.getByRole('button', { name: 'Inspector' }).click();
  await expect(editor.inspector).toBeVisible();
  await page.getByRole('button', { name: 'Inspector' }).click();
  await expect(editor.inspector).toBeHidden();
  await page.getByRole('button', { name: 'Show the minimap' }).click();
  await expect(page.getByRole('img', { name: 'Minimap' })).toBeVisible();
});

test('at 1024×768 the canvas keeps most of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const editor = new EditorPage(page);
  await editor.open();
  const frame = await new CanvasView(page).frame();
  // Was 703×528 (47%) before the header was tightened.
  expect(frame.width * frame.height).toBeGreaterThan(1024 * 768 * 0.5);
  await saveScreenshot(page, 'small-laptop');
});

test('the view follows a node chosen away from the canvas, and a new reason added under it', async ({
  page,
}) => {
  const { editor, canvas } = await openExample(page);
  const lowest = await page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.canvas-frame .react-flow__node')];
    nodes.sort((a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom);
    return nodes[0]?.dataset.id as string;
  });
  // Zoom in on the top-left corner with the wheel (under the level buttons), so that node is off screen.
  const frame = await canvas.frame();
  await page.mouse.move(frame.x + 20, frame.y + 70);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
  await canvas.settled();
  await expect.poll(async () => within((await canvas.boxOf(lowest)) as never, frame)).toBe(false);
  await page.evaluate((id) => window.argmapEditor?.store.select([id]), lowest);
  await canvas.settled();
  await expect.poll(async () => within((await canvas.boxOf(lowest)) as never, frame)).toBe(true);
  // At a zoom where it can be read.
  expect(await canvas.titlePixels(lowest)).toBeGreaterThanOrEqual(11);

  const before = await editor.nodes().count();
  await editor.button(/Objection/).click();
  await expect(editor.nodes()).toHaveCount(before + 1);
  await canvas.settled();
  const added = await page.evaluate(
    () => window.argmapEditor?.store.getSnapshot().selectedNodes[0] as string,
  );
  await expect.poll(async () => within((await canvas.boxOf(added)) as never, frame)).toBe(true);
});

test('Shift+F focuses on one branch, folding the rest, and Ctrl+Z brings the whole debate back', async ({
  page,
}) => {
  const { editor, canvas } = await openExample(page, { width: 1440, height: 900 });
  const all = await editor.nodes().count();
  await page.evaluate(() => window.argmapEditor?.store.select(['c-compute-gap']));
  await page.locator('.canvas-frame .react-flow__pane').focus();
  await page.keyboard.press('Shift+F');
  await expect(editor.status).toContainText('Focused on');
  // Far fewer boxes on the canvas, the focused claim among them, on screen.
  await expect.poll(() => editor.nodes().count()).toBeLessThan(all / 2);
  await canvas.settled();
  const frame = await canvas.frame();
  await expect.poll(async () => within((await canvas.boxOf('c-compute-gap')) as never, frame)).toBe(true);
  await saveScreenshot(page, 'focus-branch');
  await page.keyboard.press('Control+z');
  await expect(editor.nodes()).toHaveCount(all);
});

test('the canvas’s level buttons show two levels, fitted; keys 1 and 0 collapse and expand all; Ctrl+Z undoes one step', async ({
  page,
}) => {
  const { editor, canvas } = await openExample(page, { width: 1440, height: 900 });
  const all = await editor.nodes().count();
  await page
    .getByRole('group', { name: 'Levels on the canvas' })
    .getByRole('button', { name: 'Show 2 levels' })
    .click();
  // The question and what bears on it directly (its positions, and a claim linked to it as well).
  await expect.poll(() => editor.nodes().count()).toBeLessThan(all / 4);
  await expect(page.locator('.react-flow__node[data-id="p-work"]')).toHaveCount(1);
  await canvas.settled();
  await expect.poll(async () => (await canvas.nodesInside()).outside).toEqual([]);
  await saveScreenshot(page, 'levels-two');
  await page.locator('.canvas-frame .react-flow__pane').focus();
  await page.keyboard.press('1');
  await expect(editor.nodes()).toHaveCount(1);
  await page.keyboard.press('0');
  await expect(editor.nodes()).toHaveCount(all);
  await page.keyboard.press('Control+z');
  await expect(editor.nodes()).toHaveCount(1);
});

test('opening and closing the outline frames the held view again: the question and positions stay in sight', async ({
  page,
}) => {
  const { canvas } = await openExample(page, { width: 1440, height: 900 });
  const allInside = async () => {
    const frame = await canvas.frame();
    const boxes = await Promise.all(TOP.map((id) => canvas.boxOf(id)));
    return boxes.every((box) => box !== undefined && within(box, frame));
  };
  const outline = page.getByRole('button', { name: 'Outline', exact: true });
  await outline.click();
  await expect(page.getByRole('tree', { name: 'Outline of the map' })).toBeVisible();
  await expect.poll(allInside).toBe(true);
  await saveScreenshot(page, 'outline-beside');
  // After Fit, the whole map stays fitted as the outline closes.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await canvas.settled();
  await outline.click();
  await expect(page.getByRole('tree', { name: 'Outline of the map' })).toHaveCount(0);
  await expect.poll(async () => (await canvas.nodesInside()).outside).toEqual([]);
});
