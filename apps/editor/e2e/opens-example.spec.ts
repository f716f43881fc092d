import { expect, test } from '@playwright/test';
import { saveScreenshot } from './screenshot.ts';

test('the editor opens on the example map', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /export controls/i })).toBeVisible();
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  expect(await nodes.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByText('Export controls work', { exact: true })).toBeVisible();
  await saveScreenshot(page, 'editor-example-map');
});
