import { expect, test } from '@playwright/test';
import { saveScreenshot } from './screenshot.ts';

test('the editor opens on the example map', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /export controls/i })).toBeVisible();
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  expect(await nodes.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByText(/^Export controls work/)).toBeVisible();
  // Keyboard focus starts on the question, then the positions: nodes come first in tab order by kind.
  const firstNode = page.locator('.react-flow__node').first();
  await expect(firstNode).toHaveAttribute('aria-label', /^question: /);
  await expect(page.locator('.react-flow__node').nth(1)).toHaveAttribute('aria-label', /^position: /);
  await saveScreenshot(page, 'editor-example-map');
});
