import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshot.ts';

// The width of an A4 sheet inside the print stylesheet's 12 mm margins, at 96 px an inch.
const A4_CONTENT_WIDTH = ((210 - 2 * 12) / 25.4) * 96;

test('File → Print handout → Student worksheet: a page per position with empty boxes, each on one A4 sheet', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-map-opened]')).toBeAttached();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'Print handout…' }).click();
  const preview = page.getByRole('dialog', { name: 'Print a handout' });
  await preview.getByRole('radio', { name: 'Student worksheet' }).check();
  const pages = preview.getByRole('region', { name: /^Worksheet page \d+$/ });
  await expect(pages).toHaveCount(4);
  await expect(pages.first().getByRole('heading', { level: 1 })).toContainText('Export controls work');
  await saveScreenshot(page, 'worksheet-preview');

  // Laid out as on paper: print rules, and the sheet's width inside its margins.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(A4_CONTENT_WIDTH), height: 1000 });
  await expect(page.locator('.app')).toBeHidden();
  await expect(preview.getByRole('button', { name: 'Print…' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'worksheet.pdf'), pdf);
  // Chromium writes one page object per sheet: exactly one sheet per position, so no position's
  // boxes spill onto a second sheet.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(4);

  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();
  // Opened from the File menu, Close goes back to the editor, not to the tour panel.
  await expect(page.getByRole('complementary', { name: 'Tours' })).toBeHidden();
});
