import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

// lz-string is CommonJS; the link is built exactly as the editor builds it.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)('lz-string') as {
  compressToEncodedURIComponent: (text: string) => string;
};

const shared = {
  format: 'argmap',
  version: 2,
  meta: { title: 'Phones in class' },
  nodes: {
    q: { id: 'q', kind: 'question', text: 'Should schools ban phones?', baseScore: 0.5 },
    p: { id: 'p', kind: 'position', text: 'Pos A: ban them', baseScore: 0.5 },
  },
  edges: { e: { id: 'e', kind: 'supports', source: 'p', target: 'q' } },
};

test('a shared map is read-only: no editing controls, shortcuts say why, Make a copy to edit', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await page.goto(`/#map=${compressToEncodedURIComponent(JSON.stringify(shared))}`);
  await expect(editor.node('Pos A: ban them')).toBeVisible();
  await expect(editor.toolbar.getByText('Read-only: a shared map')).toBeVisible();
  await expect(editor.toolbar.getByRole('button', { name: '+ Reason' })).toHaveCount(0);

  await editor.node('Pos A: ban them').click();
  await page.keyboard.press('r');
  await expect(editor.status).toContainText('This is a shared map, so it is read-only');
  await expect(editor.status).not.toContainText('Editing text');
  await expect(editor.editor()).toHaveCount(0);
  await page.keyboard.press('Delete');
  await expect(editor.nodes()).toHaveCount(2);
  await expect(editor.inspector.getByRole('textbox', { name: 'Text' })).toBeDisabled();
  await expect(editor.inspector.getByRole('note')).toContainText('Make a copy to edit');
  await saveScreenshot(page, 'read-only-shared-map');

  await page
    .getByRole('region', { name: 'Shared map' })
    .getByRole('button', { name: 'Make a copy to edit' })
    .click();
  await expect(editor.toolbar.getByRole('button', { name: '+ Reason' })).toBeVisible();
  await editor.node('Pos A: ban them').click();
  await page.keyboard.press('r');
  await expect(editor.editor()).toBeFocused();
  await editor.typeText('Phones distract');
  await expect(editor.nodes()).toHaveCount(3);
});
