import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

/** A small debate with one piece of evidence carrying a position. */
const debate = {
  format: 'argmap',
  version: 2,
  meta: { title: 'Phones in schools' },
  nodes: {
    q: { id: 'q', kind: 'question', text: 'Should schools ban phones?', baseScore: 0.5 },
    yes: { id: 'yes', kind: 'position', text: 'Ban them: they distract', baseScore: 0.5 },
    no: { id: 'no', kind: 'position', text: 'Keep them: emergencies', baseScore: 0.5 },
    ev: {
      id: 'ev',
      kind: 'evidence',
      text: 'Scores rose after bans',
      baseScore: 0.8,
      evidence: {
        quote: 'Test scores rose by 6.4% in schools that banned phones.',
        kind: 'study',
        source: { speaker: 'Beland & Murphy', outlet: 'LSE', date: '2015' },
      },
    },
  },
  edges: {
    e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
    e2: { id: 'e2', kind: 'opposes', source: 'no', target: 'q' },
    e3: { id: 'e3', kind: 'supports', source: 'ev', target: 'yes' },
  },
};

test('switching off evidence moves the strengths, and undo restores them', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(debate);
  await expect(editor.node('Ban them')).toBeVisible();
  const before = await editor.strengthOf('Ban them');
  const questionBefore = await editor.strengthOf('Should schools ban phones?');
  expect(before).toBeGreaterThan(50);

  // What-if: select the evidence and press W.
  await editor.node('Scores rose after bans').click();
  await page.keyboard.press('w');
  await expect(editor.node('Scores rose after bans')).toContainText('switched off');
  await expect.poll(() => editor.strengthOf('Ban them')).toBe(50);
  expect(await editor.strengthOf('Should schools ban phones?')).toBeLessThan(questionBefore);
  await saveScreenshot(page, 'editor-what-if');

  // "Why?" on the position lists what raises it; with the evidence off, nothing does.
  await editor.node('Ban them').click();
  await page.keyboard.press('y');
  const why = page.getByRole('dialog', { name: 'Why?' });
  await expect(why).toContainText('Nothing argues for or against it');
  await page.keyboard.press('Escape');

  // Undo switches the evidence back on.
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.strengthOf('Ban them')).toBe(before);
  await editor.node('Ban them').click();
  await page.keyboard.press('y');
  await expect(why).toContainText('What raises it');
  await expect(why).toContainText('Scores rose after bans');
  await saveScreenshot(page, 'editor-why');
  await page.keyboard.press('Escape');

  // The evidence opens its full quote.
  await editor.node('Scores rose after bans').getByRole('button', { name: 'Quote' }).click();
  await expect(page.getByRole('dialog', { name: 'Quote' })).toContainText('Test scores rose by 6.4%');
  await expect(page.getByRole('dialog', { name: 'Quote' })).toContainText('Beland & Murphy');
  await saveScreenshot(page, 'editor-quote');
});

test('the editor has no serious or critical accessibility violations', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(' | ')}`,
      );
  });
  expect(violations).toEqual([]);
});

test('connecting two nodes by dragging a handle asks for the relation', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadMap(debate);
  await expect(editor.edges()).toHaveCount(3);
  const handle = editor.node('Scores rose after bans').locator('.react-flow__handle.source');
  await handle.dragTo(editor.node('Keep them'), { targetPosition: { x: 60, y: 30 } });
  const dialog = page.getByRole('dialog', { name: 'How are they related?' });
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, 'editor-relation-picker');
  await dialog.getByRole('button', { name: /Opposes it/ }).click();
  await expect(editor.edges()).toHaveCount(4);
  await expect(page.locator('.edge-sign--opposes')).toHaveCount(2);
  await expect(editor.status).toContainText('Connected: opposes');
});
