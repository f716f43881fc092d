import { expect, test } from '@playwright/test';
import { CanvasView } from './pages/CanvasView.ts';
import { EditorPage } from './pages/EditorPage.ts';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

/** React Flow's zoom, read from the viewport's transform. */
async function zoomOf(page: import('@playwright/test').Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.e-]+)\)/.exec(style)?.[1] ?? Number.NaN);
}

test('on a touch screen a tap selects a node and a pinch zooms the map', async ({ page }) => {
  const editor = new EditorPage(page);
  const canvas = new CanvasView(page);
  await editor.open();
  await canvas.settled();
  // A tap on the question selects it: the inspector (opened) shows it.
  const question = page.locator('.react-flow__node[data-id="q"]');
  await question.locator('.arg-node__text').tap();
  await expect
    .poll(() => page.evaluate(() => window.argmapEditor?.store.getSnapshot().selectedNodes))
    .toEqual(['q']);

  // Two fingers spread apart zoom in; pinched together, zoom out.
  const before = await zoomOf(page);
  const frame = await canvas.frame();
  const cdp = await page.context().newCDPSession(page);
  const centre = { x: Math.round(frame.x + frame.width / 2), y: Math.round(frame.y + frame.height / 2) };
  /** Two fingers on the empty canvas below the map, from `from` px apart to `to` px apart. */
  const pinch = async (from: number, to: number) => {
    const points = (gap: number) => [
      { x: centre.x - gap / 2, y: centre.y + 200, id: 0 },
      { x: centre.x + gap / 2, y: centre.y + 200, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
    for (let step = 1; step <= 10; step++) {
      const gap = from + ((to - from) * step) / 10;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(gap) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await pinch(60, 240);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(before * 1.3);
  const zoomedIn = await zoomOf(page);
  await pinch(240, 60);
  await expect.poll(() => zoomOf(page)).toBeLessThan(zoomedIn / 1.3);
});
