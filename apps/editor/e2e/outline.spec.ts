import { expect, type Page, test } from '@playwright/test';
import { generateMap } from '../bench/generateMap.ts';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

/** The outline tree and its rows, as a screen reader or keyboard user meets them. */
function outline(page: Page) {
  const tree = page.getByRole('tree', { name: 'Outline of the map' });
  return {
    tree,
    focusedRow: tree.locator('[role="treeitem"]:focus'),
    row: (text: string | RegExp) =>
      tree.getByRole('treeitem').filter({ has: page.locator('.outline-row__title', { hasText: text }) }),
  };
}

test('the outline walks, folds and edits the example map in step with the canvas', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const { tree, focusedRow, row } = outline(page);

  // L opens the outline beside the canvas and puts focus on its first row: the question.
  await page.locator('body').press('l');
  await expect(tree).toBeVisible();
  await expect(editor.canvas).toBeVisible();
  await expect(focusedRow).toHaveAttribute('aria-level', '1');
  await expect(focusedRow).toContainText('Question');

  // Down: the first position, selected on the canvas too.
  await page.keyboard.press('ArrowDown');
  await expect(focusedRow).toHaveAttribute('aria-level', '2');
  await expect(focusedRow).toContainText('Position');
  const position = (await focusedRow.locator('.outline-row__title').textContent()) ?? '';
  await expect(editor.node(position)).toHaveClass(/selected/);

  // Right goes into its reasons; Left folds an open row, then goes up to the row it hangs under.
  await page.keyboard.press('ArrowRight');
  await expect(focusedRow).toHaveAttribute('aria-level', '3');
  await expect(focusedRow).toContainText(/supports|opposes/);
  await expect(focusedRow).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(focusedRow).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(focusedRow).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(focusedRow).toHaveAttribute('aria-level', '2');
  // Left again collapses the position, on the canvas too; Right opens it again.
  const shownBefore = await editor.nodes().count();
  await page.keyboard.press('ArrowLeft');
  await expect(focusedRow).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => editor.nodes().count()).toBeLessThan(shownBefore);
  await page.keyboard.press('ArrowRight');
  await expect(focusedRow).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => editor.nodes().count()).toBe(shownBefore);

  // Enter edits the title in place; the canvas shows the new text; one Undo takes it back.
  await page.keyboard.press('Enter');
  const field = tree.getByRole('textbox');
  await expect(field).toBeFocused();
  await field.fill('Export controls are worth it');
  await field.press('Enter');
  await expect(row('Export controls are worth it')).toBeFocused();
  await expect(editor.node('Export controls are worth it')).toBeVisible();
  await expect(editor.button('Undo')).toHaveAttribute('title', /Undo edit/i);

  // Select on the canvas: the outline's row for it becomes the selected, tabbable row.
  // F still fits the canvas from the outline (keys the tree does not use go to the editor).
  await page.keyboard.press('f');
  const question = editor.nodes().filter({ has: page.locator('.arg-node--question') });
  await question.click();
  const questionRow = tree.getByRole('treeitem').first();
  await expect(questionRow).toHaveAttribute('aria-selected', 'true');
  await expect(questionRow).toHaveAttribute('tabindex', '0');
  await expect(row('Export controls are worth it')).toHaveAttribute('aria-selected', 'false');

  // Evidence rows name their source and show strength and verdict as the canvas does.
  const evidenceRow = tree.getByRole('treeitem').filter({ hasText: 'Evidence' }).first();
  await expect(evidenceRow.locator('.outline-row__source')).toContainText('—');
  await expect(evidenceRow.locator('.verdict__value')).toHaveText(/\d+%/);
  await expect(evidenceRow).toContainText(/Accepted|Rejected|Undecided/);

  await row('Export controls are worth it').click();
  await saveScreenshot(page, 'outline-1440x900');
});

test('on a phone the outline takes the canvas’s place and edits there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const editor = new EditorPage(page);
  await editor.open();
  const { tree, focusedRow } = outline(page);
  await page.getByRole('button', { name: 'Outline' }).click();
  await expect(tree).toBeVisible();
  await expect(editor.canvas).toBeHidden();
  const box = await tree.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(350);
  await tree.getByRole('treeitem').first().click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('r');
  // The new reason's title field opens in its outline row, under the position.
  const field = tree.getByRole('textbox');
  await expect(field).toBeFocused();
  await field.fill('Chips are the bottleneck');
  await field.press('Enter');
  await expect(focusedRow).toContainText('Chips are the bottleneck');
  await expect(focusedRow).toContainText('supports');
  await expect(focusedRow).toHaveAttribute('aria-level', '3');
  await saveScreenshot(page, 'outline-390x844');
});

test('a 1,000-node map opens in the outline, every row there, and End reaches the last', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(generateMap(1000));
  const { tree, focusedRow } = outline(page);
  await page.locator('body').press('l');
  await expect(tree.getByRole('treeitem')).toHaveCount(1000);
  await expect(focusedRow).toHaveAttribute('aria-level', '1');
  await page.keyboard.press('End');
  await expect(focusedRow).toBeInViewport();
  const last = tree.getByRole('treeitem').last();
  await expect(last).toBeFocused();
  // Collapse all: one row; the canvas shows one node.
  await page.getByRole('button', { name: 'Collapse all: the question only' }).click();
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(editor.nodes()).toHaveCount(1);
  await page.getByRole('button', { name: /Show two levels/ }).click();
  await expect(tree.getByRole('treeitem')).toHaveCount(5);
});
