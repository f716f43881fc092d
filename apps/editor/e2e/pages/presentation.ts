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

  /**
   * Opens the tour panel and generates a fresh tour of the current map, of the length picked in the
   * panel's Length list (`Short`, `Medium`, `Full`; the panel's default, Medium, when omitted).
   */
  async generateTour(length?: 'Short' | 'Medium' | 'Full'): Promise<void> {
    await this.page.getByRole('button', { name: 'Tours', exact: true }).click();
    if (length) {
      const lengths = this.page.getByRole('combobox', { name: 'Length' });
      const option = lengths.getByRole('option', { name: new RegExp(`^${length}`) });
      await lengths.selectOption({ label: (await option.textContent()) ?? length });
    }
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

  /**
   * Waits until the counter shows `step`, the camera has come to rest on it (the stage says so:
   * `data-camera="still"`) and no node is still gliding or fading in.
   */
  async settleAt(step: number): Promise<void> {
    await expect(this.stage.getByText(/^Step \d+ of \d+$/)).toHaveText(new RegExp(`^Step ${step} of`));
    await expect(this.stage.locator('[data-camera]')).toHaveAttribute('data-camera', 'still');
    await expect
      .poll(
        () =>
          // Nodes glide to their new place and fade in with CSS transitions and animations (the
          // editor behind may run endless ones of its own: those are not ours to wait for).
          this.stage.evaluate(
            (stage) =>
              stage
                .getAnimations({ subtree: true })
                .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)
                .length,
          ),
        { intervals: [50], timeout: 5000 },
      )
      .toBe(0);
    await expect(this.stage.locator('[data-camera]')).toHaveAttribute('data-camera', 'still');
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
   * The smallest node text on screen in CSS px: font size times the camera's zoom (a back row
   * needs at least 28 px at 1920×1080).
   */
  async smallestTextPx(): Promise<number> {
    return this.stage.evaluate((stage) => {
      const viewport = stage.querySelector<HTMLElement>('.react-flow__viewport');
      const scale = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? '1');
      const sizes = [...stage.querySelectorAll<HTMLElement>('.react-flow__node .pnode__text')].map(
        (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      );
      return sizes.length === 0 ? 0 : Math.min(...sizes);
    });
  }

  /** Pairs of nodes on screen whose boxes overlap (by more than a pixel), as "a × b". */
  async overlaps(): Promise<string[]> {
    return this.stage.evaluate((stage) => {
      const boxes = [...stage.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => ({
        id: node.dataset.id ?? '',
        box: node.getBoundingClientRect(),
      }));
      const found: string[] = [];
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 1 && y > 1) found.push(`${a.id} × ${b.id}`);
        }
      });
      return found;
    });
  }

  /**
   * Lines drawn against the documented code (supports solid, opposes dashed, undercuts dotted), or
   * cut by a label lying on them, as sentences. Each line is sampled along its length on screen.
   */
  async edgeProblems(): Promise<string[]> {
    return this.stage.evaluate((stage) => {
      const dash: Record<string, string> = { supports: 'none', opposes: '14px, 8px', undercuts: '3px, 9px' };
      const labels = [...stage.querySelectorAll<HTMLElement>('.projector-edge__label')].map((label) =>
        label.getBoundingClientRect(),
      );
      const problems: string[] = [];
      for (const edge of stage.querySelectorAll<SVGGElement>('.react-flow__edge')) {
        const kind = /projector-edge--(supports|opposes|undercuts)/.exec(
          edge.getAttribute('class') ?? '',
        )?.[1];
        const path = edge.querySelector<SVGPathElement>('.react-flow__edge-path');
        if (!kind || !path) {
          problems.push(`an edge without a kind: ${edge.getAttribute('class')}`);
          continue;
        }
        const drawn = getComputedStyle(path).strokeDasharray;
        if (drawn !== dash[kind]) problems.push(`a ${kind} line drawn with dashes "${drawn}"`);
        const matrix = path.getScreenCTM();
        const length = path.getTotalLength();
        if (!matrix) continue;
        for (let i = 0; i <= 40; i++) {
          const at = path.getPointAtLength((length * i) / 40).matrixTransform(matrix);
          const cut = labels.some(
            (box) =>
              at.x > box.left + 2 && at.x < box.right - 2 && at.y > box.top + 2 && at.y < box.bottom - 2,
          );
          if (cut) {
            problems.push(`a ${kind} line runs under a label`);
            break;
          }
        }
      }
      return problems;
    });
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
