import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

const now = '2025-01-01T00:00:00.000Z';
const node = (id: string, kind: string, text: string) => ({ id, kind, text, baseScore: 0.5 });
const lesson = {
  format: 'argmap',
  version: 2,
  meta: { title: 'Homework bans', created: now, modified: now },
  nodes: {
    q: node('q', 'question', 'Should schools ban homework?'),
    p: node('p', 'position', 'Yes, ban it'),
    c1: node('c1', 'claim', 'Homework widens gaps between pupils'),
    c2: node('c2', 'claim', 'Pupils need rest'),
  },
  edges: {
    e1: { id: 'e1', kind: 'supports', source: 'p', target: 'q' },
    e2: { id: 'e2', kind: 'supports', source: 'c1', target: 'p' },
    e3: { id: 'e3', kind: 'supports', source: 'c2', target: 'p' },
  },
  tours: [
    {
      id: 't',
      title: 'Homework in three steps',
      steps: [
        { id: 's1', title: 'The question', nodes: ['q'] },
        { id: 's2', title: 'Why ban it', nodes: ['p', 'c1'] },
        { id: 's3', title: 'Rest', nodes: ['c2'] },
      ],
    },
  ],
};

test('a tour step whose nodes were deleted says so in the tour panel, until Undo brings them back', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(lesson);
  await expect(editor.node('Pupils need rest')).toBeVisible();

  // Deleted with the panel closed: the panel still knows when it opens.
  await editor.node('Pupils need rest').click();
  await page.keyboard.press('Delete');
  await editor.node('Homework widens gaps').click();
  await page.keyboard.press('Delete');
  await expect(editor.nodes()).toHaveCount(2);

  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Tours' });
  await expect(panel.getByRole('list', { name: 'Tour checks' })).toContainText(
    '2 steps show less than before: nodes were deleted from the map.',
  );
  const step = (n: number) =>
    panel.getByRole('listitem').filter({
      has: page.getByRole('textbox', { name: `Title of step ${n}` }),
    });
  await expect(step(1).getByRole('note')).toHaveCount(0);
  await expect(step(2).getByRole('note')).toHaveText(
    'A node was deleted from the map and no longer shows here: “Homework widens gaps between pupils”.',
  );
  await expect(step(3).getByRole('note')).toHaveText(
    'Shows nothing now: its node was deleted from the map (“Pupils need rest”).',
  );
  await saveScreenshot(page, 'tour-panel-deleted-nodes');

  // Undo twice: both nodes are back in the map and in their steps, and the notes go.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(step(2).getByRole('note')).toHaveCount(0);
  await expect(step(3).getByRole('note')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(panel.getByRole('note')).toHaveCount(0);
  await expect(step(3)).toContainText('Pupils need rest');
});
