import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

test('a student builds a small map with the mouse, then undoes and redoes it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openEmpty();

  // Double-click the empty canvas: the first node is a question, already in edit mode.
  await editor.canvas.locator('.react-flow__pane').dblclick({ position: { x: 400, y: 200 } });
  await editor.typeText('Should schools ban phones?');
  await expect(editor.node('Should schools ban phones?')).toBeVisible();
  await expect(editor.node('Should schools ban phones?')).toHaveAttribute('aria-label', /^question: /);

  // With the question selected, add a position (a reason) and an objection from the toolbar.
  await editor.node('Should schools ban phones?').click();
  await editor.button('+ Reason').click();
  await editor.typeText('Yes: phones distract from lessons');
  await editor.node('Should schools ban phones?').click();
  await editor.button('+ Objection').click();
  await editor.typeText('No: phones help in emergencies');

  // Evidence under the first position.
  await editor.node('Yes: phones distract').click();
  await editor.button('+ Evidence').click();
  await editor.typeText('Test scores rose after a ban');
  await expect(editor.nodes()).toHaveCount(4);
  await expect(editor.edges()).toHaveCount(3);
  await expect(page.locator('.edge-sign--opposes')).toHaveCount(1);
  await saveScreenshot(page, 'editor-built-with-mouse');

  // Each new node is two steps (add it, type its text): six undos leave the question alone.
  for (let i = 0; i < 6; i++) await editor.button('Undo').click();
  await expect(editor.nodes()).toHaveCount(1);
  await expect(editor.node('Should schools ban phones?')).toBeVisible();
  for (let i = 0; i < 6; i++) await editor.button('Redo').click();
  await expect(editor.nodes()).toHaveCount(4);
  await expect(editor.node('Test scores rose after a ban')).toBeVisible();
});

test('a student builds a map with the keyboard only', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openEmpty();
  await page.locator('body').press('n');
  await editor.typeText('Is nuclear power safe?');
  await page.keyboard.press('r');
  await editor.typeText('Yes: fewest deaths per kWh');
  await page.keyboard.press('e');
  await editor.typeText('Our World in Data: 0.03 deaths per TWh');
  await page.keyboard.press('o');
  await editor.typeText('Statistics hide rare disasters');
  await expect(editor.nodes()).toHaveCount(4);
  await expect(editor.node('Statistics hide rare disasters')).toHaveAttribute('aria-label', /^claim: /);

  // Ctrl+Z four times removes the objection and the evidence (text, then node); redo brings them back.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
  await expect(editor.nodes()).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(editor.nodes()).toHaveCount(4);

  // Tab reaches the question first among the nodes; Enter selects, F2 edits.
  await page.keyboard.press('Escape');
  await editor.node('Is nuclear power safe?').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('F2');
  await editor.typeText('Is nuclear power safe enough?');
  await expect(editor.node('Is nuclear power safe enough?')).toBeVisible();

  // Connect by keyboard: C on the objection, move focus to the question, Enter, pick the relation.
  await editor.node('Statistics hide rare disasters').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  await expect(editor.status).toContainText('Connecting');
  await editor.node('Is nuclear power safe enough?').focus();
  await page.keyboard.press('Enter');
  const relation = page.getByRole('dialog', { name: 'How are they related?' });
  await expect(relation.getByRole('button', { name: /Supports it/ })).toBeFocused();
  await relation.getByRole('button', { name: /Opposes it/ }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.edges()).toHaveCount(4);
  await expect(page.locator('.edge-sign--opposes')).toHaveCount(2);

  // The help overlay lists the shortcuts and closes with Escape.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await saveScreenshot(page, 'editor-help');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await saveScreenshot(page, 'editor-built-with-keyboard');
});
