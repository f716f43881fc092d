import { expect, type Locator, type Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the canvas shows: which nodes and titles are inside it, and how big its text is on screen. */
export class CanvasView {
  readonly page: Page;
  readonly canvas: Locator;

  constructor(page: Page) {
    this.page = page;
    this.canvas = page.locator('.canvas-frame .react-flow');
  }

  /** The canvas's box on screen, once it is there (it mounts after the map has opened). */
  async frame(): Promise<Box> {
    await expect(this.canvas).toBeVisible();
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('no canvas on screen');
    return box;
  }

  /** Ids of the drawn nodes whose box lies wholly inside the canvas, and of those that do not. */
  async nodesInside(): Promise<{ inside: string[]; outside: string[] }> {
    const frame = await this.frame();
    return this.page.evaluate((f) => {
      const inside: string[] = [];
      const outside: string[] = [];
      for (const node of document.querySelectorAll<HTMLElement>('.canvas-frame .react-flow__node')) {
        const r = node.getBoundingClientRect();
        const ok =
          r.left >= f.x - 0.5 &&
          r.top >= f.y - 0.5 &&
          r.right <= f.x + f.width + 0.5 &&
          r.bottom <= f.y + f.height + 0.5;
        (ok ? inside : outside).push(node.dataset.id ?? '?');
      }
      return { inside, outside };
    }, frame);
  }

  /** Pairs of drawn nodes whose boxes overlap on screen by more than a pixel each way ("a × b"). */
  async overlapping(): Promise<string[]> {
    return this.page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.canvas-frame .react-flow__node')].map(
        (node) => ({ id: node.dataset.id ?? '?', r: node.getBoundingClientRect() }),
      );
      const pairs: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = (boxes[i] as (typeof boxes)[number]).r;
          const b = (boxes[j] as (typeof boxes)[number]).r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) pairs.push(`${boxes[i]?.id} × ${boxes[j]?.id}`);
        }
      }
      return pairs;
    });
  }

  /** The node's box on screen, or undefined when it is not drawn. */
  async boxOf(id: string): Promise<Box | undefined> {
    return (await this.page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox()) ?? undefined;
  }

  /**
   * The size on screen, in pixels, of the text that names a node: its statement at reading zoom,
   * or its zoomed-out title (semantic zoom) below it. Zero when neither shows.
   */
  async titlePixels(id: string): Promise<number> {
    return this.page.evaluate((nodeId) => {
      const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
      if (!node) return 0;
      const zoom = Number(
        document
          .querySelector<HTMLElement>('.react-flow__viewport')
          ?.style.transform.match(/scale\(([\d.e-]+)\)/)?.[1] ?? 1,
      );
      const far = node.closest('.canvas-frame')?.classList.contains('is-far');
      const element = node.querySelector<HTMLElement>(far ? '.arg-node__far-title' : '.arg-node__text');
      if (!element) return 0;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return 0;
      return Number.parseFloat(style.fontSize) * zoom;
    }, id);
  }

  /** The zoomed-out title's box on screen (semantic zoom), if it is drawn. */
  async titleBox(id: string): Promise<Box | undefined> {
    return (
      (await this.page.locator(`.react-flow__node[data-id="${id}"] .arg-node__far-title`).boundingBox()) ??
      undefined
    );
  }

  /** Waits until the canvas has settled on a viewport (no transition running). */
  async settled(): Promise<void> {
    let last = '';
    await expect
      .poll(async () => {
        const now = await this.page.locator('.react-flow__viewport').getAttribute('style');
        const same = now === last;
        last = now ?? '';
        return same;
      })
      .toBe(true);
  }
}

/** Whether `inner` lies wholly inside `outer` (half a pixel of rounding allowed). */
export function within(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}
