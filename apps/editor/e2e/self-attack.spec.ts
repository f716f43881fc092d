import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

/** A question, two positions, and a claim that will come to undermine itself. */
const debate = {
  format: 'argmap',
  version: 2,
  meta: { title: 'The liar' },
  nodes: {
    q: { id: 'q', kind: 'question', text: 'Is the sentence true?', baseScore: 0.5 },
    yes: { id: 'yes', kind: 'position', text: 'Yes, it is true', baseScore: 0.5 },
    liar: { id: 'liar', kind: 'claim', text: 'This sentence is false', baseScore: 0.5 },
  },
  edges: {
    e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
    e2: { id: 'e2', kind: 'supports', source: 'liar', target: 'yes' },
  },
};

test('dragging a handle back onto its own node makes a self-attack, shown as a badge', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(debate);
  await expect(editor.edges()).toHaveCount(2);
  const liar = editor.node('This sentence is false');
  await liar.locator('.react-flow__handle.source').dragTo(liar, { targetPosition: { x: 40, y: 60 } });
  const dialog = page.getByRole('dialog', { name: 'Does it oppose itself?' });
  await expect(dialog).toContainText('cannot support itself');
  await dialog.getByRole('button', { name: /Opposes itself/ }).click();

  const badge = liar.getByRole('button', { name: /opposes itself/ });
  await expect(badge).toBeVisible();
  await expect(liar).toHaveAttribute('aria-label', /opposes itself/);
  // The badge stands for the loop: no edge is drawn from the node to itself.
  await expect(editor.edges()).toHaveCount(2);
  await saveScreenshot(page, 'editor-self-attack');

  // The badge selects the self-attack, and Delete removes it like any link.
  await badge.click();
  await page.keyboard.press('Delete');
  await expect(liar.getByRole('button', { name: /opposes itself/ })).toHaveCount(0);
});

test('a plain click on a handle does not ask about a self-attack', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(debate);
  await editor.node('This sentence is false').locator('.react-flow__handle.source').click();
  await expect(editor.node('This sentence is false')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
