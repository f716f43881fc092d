import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

/** A position supported by two premises that count only together (a linked argument). */
const debate = {
  format: 'argmap',
  version: 2,
  meta: { title: 'Phones in schools' },
  nodes: {
    q: { id: 'q', kind: 'question', text: 'Should schools ban phones?', baseScore: 0.5 },
    yes: { id: 'yes', kind: 'position', text: 'Ban phones in class', baseScore: 0.5 },
    distract: { id: 'distract', kind: 'claim', text: 'Phones distract pupils', baseScore: 0.5 },
    grades: { id: 'grades', kind: 'claim', text: 'Distraction lowers grades', baseScore: 0.5 },
  },
  edges: {
    e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
    p1: { id: 'p1', kind: 'supports', source: 'distract', target: 'yes', argument: 'a1' },
    p2: { id: 'p2', kind: 'supports', source: 'grades', target: 'yes', argument: 'a1' },
  },
  arguments: { a1: { id: 'a1', name: 'Bans protect learning', scheme: 'Cause To Effect' } },
};

test('a linked premise is drawn as a supporter, and the inspector says it counts only together', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(debate);
  await expect(editor.edges()).toHaveCount(3);
  await editor.node('Phones distract pupils').click();
  await expect(editor.inspector).toContainText(
    'Only together with “Distraction lowers grades” — argument “Bans protect learning” (scheme: Cause To Effect)',
  );
  await saveScreenshot(page, 'editor-linked-premise-note');
});
