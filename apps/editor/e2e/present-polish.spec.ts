import { expect, test } from '@playwright/test';
import { exampleMap as example } from './exampleMap.ts';
import { Presentation } from './pages/presentation.ts';
import { saveScreenshot } from './screenshot.ts';

/** An evidence node's quote in the example map. */
const quoteOf = (id: string) => example.nodes[id]?.evidence?.quote ?? '';

test.describe('on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('Q or a click shows the whole quote at reading size; Esc closes it without ending the talk', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const talk = new Presentation(page);
    await talk.generateTour();
    await talk.presentFromPanel();
    // Step 3 of the generated tour: a claim with three quotes, each cut at three lines on its node.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await talk.settleAt(3);
    const { focused } = await talk.nodes();
    const evidence = focused.filter((id) => example.nodes[id]?.kind === 'evidence');
    expect(evidence.length).toBeGreaterThan(1);
    const clamped = await talk.stage.evaluate((stage) =>
      [...stage.querySelectorAll<HTMLElement>('.pnode__quote')].some(
        (quote) => quote.scrollHeight > quote.clientHeight + 1,
      ),
    );
    expect(clamped, 'some quote is cut on its node').toBe(true);

    await page.keyboard.press('q');
    const quotes = talk.stage.getByRole('region', { name: 'Whole quotes' });
    await expect(quotes).toBeVisible();
    for (const id of evidence) await expect(quotes).toContainText(quoteOf(id));
    // Every word shows (nothing clamped or scrolled away) at no less than 28 px.
    const fit = await quotes.evaluate((region) => ({
      overflows: region.scrollHeight > region.clientHeight + 1,
      smallest: Math.min(
        ...[...region.querySelectorAll<HTMLElement>('blockquote, figcaption, p')].map((text) =>
          Number.parseFloat(getComputedStyle(text).fontSize),
        ),
      ),
    }));
    expect(fit).toEqual({ overflows: false, smallest: expect.any(Number) });
    expect(fit.smallest).toBeGreaterThanOrEqual(28);
    await saveScreenshot(page, 'present-whole-quotes');

    await page.keyboard.press('Escape');
    await expect(quotes).toBeHidden();
    await expect(talk.stage).toBeVisible();

    // A click on one piece of evidence opens that quote alone.
    const one = evidence[0] as string;
    await talk.stage.locator(`.react-flow__node[data-id="${one}"]`).click();
    const single = talk.stage.getByRole('region', { name: 'Whole quote' });
    await expect(single).toContainText(quoteOf(one));
    await expect(single.locator('blockquote')).toHaveCount(1);
    await saveScreenshot(page, 'present-whole-quote');
    // Moving on closes it.
    await page.keyboard.press('ArrowRight');
    await expect(single).toBeHidden();
    await talk.settleAt(4);
  });

  test('V reveals each answer’s strength and whether it is accepted or rejected', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const talk = new Presentation(page);
    await talk.generateTour();
    await talk.presentFromPanel();
    await page.keyboard.press('End');
    const { total } = await talk.counter();
    await talk.settleAt(total);
    await expect(talk.stage.locator('.pnode__status')).toHaveCount(0);
    await page.keyboard.press('v');
    await talk.settleAt(total);
    const focused = talk.stage.locator('.react-flow__node:has([data-appearance="focused"])');
    const count = await focused.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      await expect(focused.nth(i).locator('.pnode__strength')).toHaveText(/\d+%/);
      await expect(focused.nth(i).locator('.pnode__status')).toHaveText(
        /^[✓✗?] (Accepted|Rejected|Undecided)$/,
      );
    }
    expect(await talk.smallestTextPx()).toBeGreaterThanOrEqual(28);
    expect(await talk.inView((await talk.nodes()).visible)).toBe(true);
    expect(await talk.contrastViolations()).toEqual([]);
    await saveScreenshot(page, 'present-verdict-labels');
  });

  test('Tab moves between the presentation’s buttons only: never to the editor behind or the canvas credit', async ({
    page,
  }) => {
    await page.goto('/');
    const talk = new Presentation(page);
    await talk.generateTour();
    await talk.presentFromPanel();
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          if (!active || active === document.body) return 'body';
          const where = active.closest('.react-flow__attribution')
            ? 'attribution'
            : active.closest('.present')
              ? 'stage'
              : 'editor';
          return `${where}:${active.textContent?.trim() || active.getAttribute('aria-label') || active.tagName}`;
        }),
      );
    }
    expect(stops.filter((stop) => !stop.startsWith('stage:') && stop !== 'body')).toEqual([]);
    expect(stops).toContain('stage:Next →');
    await expect(talk.stage.locator('.react-flow__attribution')).toBeVisible();
  });
});

test('at 1440×900 the open Tours panel leaves the header, and its Present button, uncovered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Tours' });
  await expect(panel).toBeVisible();
  const header = await page.locator('.app-header').boundingBox();
  const drawer = await panel.boundingBox();
  expect(drawer?.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
  await saveScreenshot(page, 'tours-panel-1440');
  // Playwright clicks only what receives the pointer: a covered button would fail here.
  await page.locator('.app-header').getByRole('button', { name: 'Present', exact: true }).click();
  await expect(new Presentation(page).stage).toBeVisible();
});
