import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

/** Issue 16: the inspector shows, and edits, exactly the node that is selected. */

test('case A: R then Enter on empty text — the inspector is the new claim’s, and edits rename it alone', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.openEmpty();
  await page.locator('body').press('n');
  await editor.typeText('Should cities ban cars?');
  await page.keyboard.press('r');
  await editor.typeText('Pos A');
  await editor.node('Pos A').click();
  await page.keyboard.press('r');
  await expect(editor.editor()).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Claim');
  const text = editor.inspector.getByRole('textbox', { name: 'Text' });
  await expect(text).toHaveValue('');
  await text.fill('Cars pollute');
  await text.press('Tab');
  await expect(editor.node('Cars pollute')).toBeVisible();
  await expect(editor.node('Pos A')).toBeVisible();
  await saveScreenshot(page, 'inspector-case-a');

  // Escape on a fresh, empty node takes it back and the inspector returns to "Pos A".
  await editor.node('Pos A').click();
  await page.keyboard.press('o');
  await expect(editor.editor()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor.nodes()).toHaveCount(3);
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Position');
  await expect(editor.inspector.getByRole('textbox', { name: 'Text' })).toHaveValue('Pos A');
  await expect(editor.status).toContainText('Cancelled: the empty claim was not added.');
});

test('case B: a search hit inside a collapsed branch is revealed, selected, and edited — not the question', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const question = editor.node(/^Do US export controls/);
  await question.click();
  await page.keyboard.press('-');
  await expect(editor.node('Andreessen called')).toHaveCount(0);

  await page.keyboard.press('/');
  await page.keyboard.type('Andreessen called');
  await page.keyboard.press('Enter');
  const found = editor.node('Andreessen called');
  await expect(found).toBeVisible();
  await expect(found).toHaveClass(/selected/);
  await expect(found).toBeInViewport();
  await expect(found).toBeFocused();
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Evidence');
  const text = editor.inspector.getByRole('textbox', { name: 'Text' });
  await expect(text).toHaveValue("Andreessen called DeepSeek a 'Sputnik moment'");
  await text.press('End');
  await text.pressSequentially(' [EDITED]');
  await text.press('Tab');
  await expect(editor.node("Andreessen called DeepSeek a 'Sputnik moment' [EDITED]")).toBeVisible();
  await expect(question).toContainText("Do US export controls on AI chips work against China's AI progress?");
  await saveScreenshot(page, 'inspector-case-b');
});

test('a new map is named after its question until the student names it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openEmpty('Untitled map');
  await page.locator('body').press('n');
  await editor.typeText('Should cities ban cars?');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Should cities ban cars?');
  await saveScreenshot(page, 'map-named-after-question');
});
