import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

test('arrows walk the map, Alt+arrows nudge, I goes to the inspector and Esc comes back', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.openEmpty();
  await page.locator('body').press('n');
  await editor.typeText('Should cities ban cars?');
  await page.keyboard.press('r');
  await editor.typeText('Yes: cleaner air');
  await editor.node('Should cities ban cars?').click();
  await page.keyboard.press('o');
  await editor.typeText('No: shops lose customers');
  await editor.node('Should cities ban cars?').click();
  const undo = editor.toolbar.getByRole('button', { name: 'Undo' });
  const undoTitle = await undo.getAttribute('title');

  await page.keyboard.press('ArrowDown');
  await expect(editor.node('Yes: cleaner air')).toHaveClass(/selected/);
  await expect(editor.node('Yes: cleaner air')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(editor.node('No: shops lose customers')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowUp');
  await expect(editor.node('Should cities ban cars?')).toHaveClass(/selected/);
  // Walking changed nothing: the last undo step is still the last text typed.
  expect(await undo.getAttribute('title')).toBe(undoTitle);

  await page.keyboard.press('ArrowDown');
  // The node's place on the map (its flow transform), not on screen: the view may glide to follow
  // the selection at the same time, which moves every box on screen.
  const mapX = async () => {
    const transform = await editor.node('Yes: cleaner air').evaluate((node) => node.style.transform);
    return Number(/translate\(\s*(-?[\d.]+)px/.exec(transform)?.[1]);
  };
  const before = await mapX();
  expect(Number.isFinite(before)).toBe(true);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(mapX).toBeLessThan(before);
  await expect(undo).toHaveAttribute('title', /Undo move/i);

  await page.keyboard.press('i');
  const text = editor.inspector.getByRole('textbox', { name: 'Text' });
  await expect(text).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor.node('Yes: cleaner air')).toBeFocused();
  await expect(editor.node('Yes: cleaner air')).toHaveClass(/selected/);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Nudge the selected nodes');
  await saveScreenshot(page, 'keyboard-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
