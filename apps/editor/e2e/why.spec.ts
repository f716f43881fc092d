import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

const number = (text: string) => Number(text.replace('−', '-').replace('+', '').replace('±', ''));

test('"Why?" on "Export controls backfire": points that add up, and why it is rejected', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.node(/^Export controls backfire/).click();
  await page.keyboard.press('y');
  const why = page.getByRole('dialog', { name: 'Why?' });
  const strength = why.getByRole('region', { name: 'Strength' });
  const summary = (await strength.getByText(/^It starts at its base score of/).textContent()) ?? '';
  const [, from, to] = summary.match(/of (\d+)% and ends at (\d+)%/) ?? [];
  const points = (await strength.locator('.why-list__effect').allTextContents()).map(number);
  expect(points.length).toBeGreaterThan(1);
  expect(points.reduce((a, b) => a + b, 0)).toBe(Number(to) - Number(from));
  expect(points).not.toContain(0);

  const verdict = why.getByRole('region', { name: 'Accepted or rejected' });
  await expect(verdict.getByRole('heading')).toContainText('Rejected (grounded)');
  await expect(verdict).toContainText('attacks it and is itself accepted');
  await saveScreenshot(page, 'why-dialog');
  await page.keyboard.press('Escape');
  await expect(why).toHaveCount(0);
});
