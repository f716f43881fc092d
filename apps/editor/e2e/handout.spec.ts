import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { exampleMap as example } from './exampleMap.ts';
import { findOnOnePage, pdfWords, squeeze } from './pdfText.ts';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshot.ts';

// A teacher's screen; the PDF is what Chromium's print dialog would save.
test.use({ viewport: { width: 1920, height: 1080 } });

/** Opens File → Print handout… on the example and picks `choice` in the dialog. */
async function openHandout(page: Page, choice: string) {
  await page.goto('/');
  await expect(page.locator('[data-map-opened]')).toBeAttached();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'Print handout…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print a handout' });
  await dialog.getByRole('radio', { name: choice }).check();
  return dialog;
}

/**
 * Prints the open preview to PDF as the print dialog would (print media, the stylesheet's own page
 * sizes), saves it and a 60 dpi PNG of every page under artifacts/screenshots, and returns its words.
 */
async function printToPdf(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const old of readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`${name}-page`)))
    rmSync(join(SCREENSHOT_DIR, old));
  const file = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SCREENSHOT_DIR, `${name}-page`)]);
  return pdfWords(file);
}

/**
 * Every check a teacher would make of a handout, as sentences: each node's text whole on one page
 * (none missing, none cut by a page break) at 9 pt or more, no blank page, the verdict and
 * strengths printed, every source number resolved in the numbered sources.
 */
function handoutProblems(pages: ReturnType<typeof pdfWords>, nodeIds: string[]): string[] {
  const problems: string[] = [];
  // Word boxes are the font's ascent to descent: scale by the title's box, set at 18 pt.
  const title = findOnOnePage(pages, example.meta.title);
  const perPoint = title ? Math.min(...title.heights) / 18 : Number.NaN;
  if (!title) problems.push('the title is missing');
  for (const id of nodeIds) {
    const text = example.nodes[id]?.text ?? '';
    const found = findOnOnePage(pages, text);
    if (!found) {
      problems.push(`${id} is not whole on any page: "${text}"`);
      continue;
    }
    const points = Math.min(...found.heights) / perPoint;
    if (!(points >= 8.9)) problems.push(`${id} printed at ${points.toFixed(1)} pt`);
  }
  pages.forEach((words, i) => {
    const footer = squeeze(`page ${i + 1} of ${pages.length}`);
    const text = squeeze(words.map((w) => w.text).join(' '));
    if (!text.endsWith(footer)) problems.push(`page ${i + 1} has no page number`);
    if (text === footer) problems.push(`page ${i + 1} is blank`);
  });
  const text = pages.map((words) => words.map((w) => w.text).join(' ')).join('\n');
  for (const word of ['Accepted', 'Rejected']) if (!text.includes(word)) problems.push(`no "${word}"`);
  if ((text.match(/\b\d{1,3}%/g) ?? []).length < nodeIds.length) problems.push('fewer strengths than nodes');
  const cited = new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  const sources = text.slice(text.lastIndexOf('Sources'));
  for (const n of cited)
    if (!new RegExp(`(^|\\s)${n}\\.\\s`).test(sources)) problems.push(`source [${n}] not listed`);
  if (cited.size === 0) problems.push('no numbered sources');
  return problems;
}

const allNodes = Object.keys(example.nodes);

/**
 * Under print media at the sheet's printed width, each page section (`.handout__page`) against
 * the height of the page's printable area: the sections taller than a page (the browser would
 * break inside them) and the nodes lying outside their section. Empty when nothing can be cut.
 */
async function overflowing(page: Page, printable: { width: number; height: number }): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(printable.width), height: 1080 });
  const found = await page.evaluate((limit) => {
    const problems: string[] = [];
    // Flowing sections (the outline, the list of sources) may run over pages: they hold no boxes.
    document.querySelectorAll<HTMLElement>('.handout__page:not(.handout__page--flow)').forEach((sheet, i) => {
      const box = sheet.getBoundingClientRect();
      if (box.height > limit + 0.5)
        problems.push(`page section ${i + 1} is ${Math.round(box.height)} px high`);
      for (const node of sheet.querySelectorAll<HTMLElement>('.hnode')) {
        const r = node.getBoundingClientRect();
        if (r.top < box.top - 0.5 || r.bottom > box.top + limit + 0.5)
          problems.push(`${node.dataset.nodeId} crosses the end of page section ${i + 1}`);
      }
    });
    return problems;
  }, printable.height);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  return found;
}

// The printable area inside the print stylesheet's 12 mm margins, at 96 px an inch.
const MM = 96 / 25.4;
const LANDSCAPE = { width: (297 - 24) * MM, height: (210 - 24) * MM };
const PORTRAIT = { width: (210 - 24) * MM, height: (297 - 24) * MM };

test('the map handout: every node at reading size, none cut by a page break, verdicts, strengths and numbered sources', async ({
  page,
}) => {
  const dialog = await openHandout(page, 'The map');
  await expect(dialog.getByRole('region', { name: /^Sheet 1 of \d+$/ })).toBeVisible();
  await saveScreenshot(page, 'handout-map-preview');
  // The parts (panels) each sheet of the preview shows.
  const sheets = await dialog
    .getByRole('region', { name: /^Sheet \d+ of \d+$/ })
    .evaluateAll((sections) =>
      sections.map((section) =>
        [...section.querySelectorAll('figcaption')].map(
          (caption) => /^Part \d+/.exec(caption.textContent ?? '')?.[0],
        ),
      ),
    );
  // No sheet is taller than a landscape page, and every box lies inside its sheet.
  expect(await overflowing(page, LANDSCAPE)).toEqual([]);
  const pages = await printToPdf(page, 'handout-map');
  expect(handoutProblems(pages, allNodes)).toEqual([]);
  // Each sheet of the preview is one page of the PDF, with the same parts on it (a sheet the
  // browser had to break would shift every later part), then the sources.
  const partsOnPage = pages.map(
    (words) => squeeze(words.map((w) => w.text).join(' ')).match(/Part\d+/g) ?? [],
  );
  expect(partsOnPage.slice(0, sheets.length)).toEqual(
    sheets.map((parts) => parts.map((p) => squeeze(p ?? ''))),
  );
  expect(partsOnPage.slice(sheets.length).flat()).toEqual([]);
  expect(pages.length - sheets.length).toBe(1);
});

test('the outline handout: every node with its strength and verdict, evidence with its quote and source number', async ({
  page,
}) => {
  await openHandout(page, 'Outline with sources');
  await expect(page.getByRole('list', { name: 'The argument' })).toBeVisible();
  await saveScreenshot(page, 'handout-outline-preview');
  const pages = await printToPdf(page, 'handout-outline');
  expect(handoutProblems(pages, allNodes)).toEqual([]);
});

test('the tour handout: a page per step with its notes; the choices work from the keyboard and Esc gives the editor back', async ({
  page,
}) => {
  const dialog = await openHandout(page, 'A tour');
  const steps = dialog.getByRole('region', { name: /^Step \d+$/ });
  const count = await steps.count();
  expect(count).toBeGreaterThan(3);
  await expect(dialog.getByText(/^Notes: /).first()).toBeVisible();
  await saveScreenshot(page, 'handout-tour-preview');
  const inTour = await page.evaluate(() => {
    const map = window.argmapEditor?.store.getSnapshot().map;
    return [...new Set(map?.tours?.[0]?.steps.flatMap((step) => step.nodes) ?? [])];
  });
  // Every step fits one portrait page, so no break falls inside one of its nodes.
  expect(await overflowing(page, PORTRAIT)).toEqual([]);
  const pages = await printToPdf(page, 'handout-tour');
  expect(handoutProblems(pages, inTour)).toEqual([]);
  // One page per step: each step's heading starts its own page.
  expect(pages.length).toBeGreaterThanOrEqual(count);
  const stepHeads = pages.map(
    (words) => squeeze(words.map((w) => w.text).join(' ')).match(/step(\d+)of/)?.[1],
  );
  expect(stepHeads.filter(Boolean).length).toBe(count);

  // Keyboard: the dialog's choices and buttons are reachable with Tab; Esc closes it.
  await dialog.getByRole('radio', { name: 'A tour' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Outline with sources' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
});
