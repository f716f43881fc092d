import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/** The presentation as a teacher drives it: the audience window, its step counter and nodes. */
export class Presentation {
  readonly stage: Locator;

  constructor(readonly page: Page) {
    this.stage = page.getByRole('dialog', { name: /^Presentation:/ });
  }

  /** Opens the tour panel and generates a fresh tour of the current map. */
  async generateTour(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tours', exact: true }).click();
    await this.page.getByRole('button', { name: 'Generate a tour' }).click();
  }

  /** Presents the tour chosen in the tour panel from its first step. */
  async presentFromPanel(): Promise<void> {
    await this.page
      .getByRole('complementary', { name: 'Tours' })
      .getByRole('button', { name: 'Present', exact: true })
      .click();
    await expect(this.stage).toBeVisible();
  }

  /** The "Step n of m" counter, as numbers. */
  async counter(): Promise<{ step: number; total: number }> {
    const text = (await this.stage.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
    const [, step, total] = /Step (\d+) of (\d+)/.exec(text) ?? [];
    return { step: Number(step), total: Number(total) };
  }

  /** Waits until the counter shows `step` and the camera has stopped moving. */
  async settleAt(step: number): Promise<void> {
    await expect(this.stage.getByText(/^Step \d+ of \d+$/)).toHaveText(new RegExp(`^Step ${step} of`));
    const viewport = this.stage.locator('.react-flow__viewport');
    let last = '';
    await expect
      .poll(
        async () => {
          const now = (await viewport.getAttribute('style')) ?? '';
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [250], timeout: 5000 },
      )
      .toBe(true);
  }

  /** Ids of the nodes on screen (not hidden), and of those in focus. */
  async nodes(): Promise<{ visible: string[]; focused: string[] }> {
    return this.stage.evaluate((stage) => {
      const all = [...stage.querySelectorAll<HTMLElement>('.react-flow__node')];
      const shown = all.filter((node) => node.style.visibility !== 'hidden' && node.offsetParent !== null);
      const id = (node: HTMLElement) => node.dataset.id ?? '';
      return {
        visible: shown.map(id).sort(),
        focused: shown
          .filter((node) => node.querySelector('[data-appearance="focused"]'))
          .map(id)
          .sort(),
      };
    });
  }

  /**
   * How the camera framed the nodes `ids`: the on-screen size of node text in CSS px (font size
   * times zoom; a back row needs ≥ 28 px at 1920×1080), and whether those nodes could have been
   * shown at that size at all (their unzoomed extent fits the canvas at 28/32 zoom).
   */
  async framing(ids: string[]): Promise<{ textPx: number; fitsAtFullSize: boolean }> {
    return this.stage.evaluate((stage, wanted) => {
      const viewport = stage.querySelector<HTMLElement>('.react-flow__viewport');
      const scale = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? '1');
      const text = stage.querySelector<HTMLElement>('.pnode__text');
      const textPx = Number.parseFloat(text ? getComputedStyle(text).fontSize : '0') * scale;
      const canvas = stage.querySelector('.present__canvas')?.getBoundingClientRect();
      const boxes = wanted.flatMap((id) => {
        const node = stage.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        return node ? [node.getBoundingClientRect()] : [];
      });
      if (!canvas || boxes.length === 0) return { textPx, fitsAtFullSize: false };
      const width = (Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left))) / scale;
      const height = (Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top))) / scale;
      const zoom = Math.min((canvas.width * 0.88) / width, (canvas.height * 0.88) / height);
      return { textPx, fitsAtFullSize: zoom >= 28 / 32 };
    }, ids);
  }

  /** Whether the nodes `ids` lie wholly inside the canvas area, i.e. nothing of them is cropped. */
  async inView(ids: string[]): Promise<boolean> {
    return this.stage.evaluate((stage, wanted) => {
      const canvas = stage.querySelector('.present__canvas')?.getBoundingClientRect();
      if (!canvas) return false;
      return wanted.every((id) => {
        const node = stage.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (!node) return false;
        const box = node.getBoundingClientRect();
        return (
          box.left >= canvas.left - 1 &&
          box.right <= canvas.right + 1 &&
          box.top >= canvas.top - 1 &&
          box.bottom <= canvas.bottom + 1
        );
      });
    }, ids);
  }

  /** Runs axe-core's colour-contrast rule on the presentation; returns the violations. */
  async contrastViolations(): Promise<
    { id: string; nodes: { target: unknown; failureSummary?: string }[] }[]
  > {
    const hasAxe = await this.page.evaluate(() => 'axe' in window);
    if (!hasAxe) {
      const axePath = require.resolve('axe-core/axe.min.js');
      await this.page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
    }
    return this.page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script.
      const axe = (window as any).axe;
      const result = await axe.run('.present', { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return result.violations.map(
        (v: { id: string; nodes: { target: unknown; failureSummary?: string }[] }) => ({
          id: v.id,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }),
      );
    });
  }
}
