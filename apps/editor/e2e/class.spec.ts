import { type Browser, expect, type Page, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';
import { saveScreenshot } from './screenshot.ts';

const lesson = {
  format: 'argmap',
  version: 2,
  meta: { title: 'Phones in class' },
  nodes: {
    q: { id: 'q', kind: 'question', text: 'Should schools ban phones?', baseScore: 0.5 },
    yes: { id: 'yes', kind: 'position', text: 'Ban them', baseScore: 0.5 },
    no: { id: 'no', kind: 'position', text: 'Keep them', baseScore: 0.5 },
  },
  edges: {
    e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
    e2: { id: 'e2', kind: 'supports', source: 'no', target: 'q' },
  },
};

/** Starts a class as the teacher on `map` and returns the join code. */
async function startClass(teacher: { page: Page; editor: EditorPage }, map: unknown): Promise<string> {
  await teacher.editor.open();
  await teacher.editor.loadMap(map);
  await classButton(teacher.page).click();
  await classPanel(teacher.page).getByRole('button', { name: 'Start a class' }).click();
  const code = classPanel(teacher.page).locator('.class-panel__code');
  await expect(code).toHaveText(/^[A-Z0-9]{8}$/);
  const text = (await code.textContent()) ?? '';
  await teacher.page.keyboard.press('Escape');
  return text;
}

/** One person at their own browser (a context of their own: no shared storage). */
async function person(browser: Browser): Promise<{ page: Page; editor: EditorPage }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  return { page, editor: new EditorPage(page) };
}

const classPanel = (page: Page) => page.getByRole('region', { name: 'Class' });
const classButton = (page: Page) => page.getByRole('button', { name: /^Class/ });

/** A student at their own browser who opened the editor and joined with the code. */
async function student(browser: Browser, code: string, name: string) {
  const someone = await person(browser);
  await someone.editor.open();
  await classButton(someone.page).click();
  await join(someone.page, code, name);
  return someone;
}

/** Opens the Class panel (the button toggles it). */
async function openPanel(page: Page) {
  if ((await classButton(page).getAttribute('aria-expanded')) !== 'true') await classButton(page).click();
  await expect(classPanel(page)).toBeVisible();
}

async function join(page: Page, code: string, name: string) {
  const panel = classPanel(page);
  await panel.getByLabel('Class code').fill(code);
  await panel.getByLabel('Your name').fill(name);
  await panel.getByRole('button', { name: 'Join' }).click();
  await expect(classButton(page)).toHaveText(/live/);
}

test('a teacher and two students build one map live: edits, presence, own undo, refusals, the lock', async ({
  browser,
}) => {
  const teacher = await person(browser);
  await teacher.editor.open();
  await teacher.editor.loadMap(lesson);
  await expect(teacher.editor.nodes()).toHaveCount(3);

  // The teacher starts a class from the open map and gets a code to put on the board.
  await classButton(teacher.page).click();
  await classPanel(teacher.page).getByRole('button', { name: 'Start a class' }).click();
  const codeText = classPanel(teacher.page).locator('.class-panel__code');
  await expect(codeText).toHaveText(/^[A-Z0-9]{8}$/);
  const code = (await codeText.textContent()) ?? '';
  const link = await classPanel(teacher.page).getByRole('textbox', { name: 'or the link' }).inputValue();
  expect(link).toContain(`?class=${code}`);

  // Ada follows the link: only her name to type. Grace types the code.
  const ada = await person(browser);
  await ada.page.goto(new URL(link).pathname + new URL(link).search);
  await expect(classPanel(ada.page).getByLabel('Class code')).toHaveValue(code);
  await expect(classPanel(ada.page).getByLabel('Your name')).toBeFocused();
  await join(ada.page, code, 'Ada');
  await expect(ada.page).not.toHaveURL(/class=/);
  const grace = await student(browser, code, 'Grace');
  for (const { editor } of [ada, grace]) {
    await expect(editor.node('Ban them')).toBeVisible();
    await expect(editor.nodes()).toHaveCount(3);
  }

  // Everyone is listed on the teacher's panel.
  await expect(classPanel(teacher.page).getByRole('heading', { name: 'Here now (3)' })).toBeVisible();
  await expect(classPanel(teacher.page).getByRole('listitem')).toHaveText([
    /^Teacher \(you\)/,
    /^Ada/,
    /^Grace/,
  ]);
  await saveScreenshot(teacher.page, 'class-teacher-panel');
  await teacher.page.keyboard.press('Escape');

  // Ada adds a reason; the teacher and Grace see it.
  await ada.editor.node('Ban them').click();
  await ada.page.keyboard.press('r');
  await ada.editor.typeText('Fewer distractions in lessons');
  for (const { editor } of [teacher, grace]) await expect(editor.node('Fewer distractions')).toBeVisible();
  // Who added it, as the server recorded it.
  await teacher.editor.node('Fewer distractions').click();
  await expect(teacher.editor.inspector.getByText('Added by Ada')).toBeVisible();
  await expect(ada.editor.inspector.getByText('Added by you')).toBeVisible();

  // The teacher sees what Ada has selected, ringed in her colour.
  await ada.editor.node('Keep them').click();
  await expect
    .poll(() => teacher.editor.node('Keep them').evaluate((node) => getComputedStyle(node).outlineStyle))
    .toBe('solid');
  await expect
    .poll(() => teacher.page.locator('style[data-presence]').evaluate((style) => style.textContent))
    .toContain('content: "Ada"');

  // Grace objects; then Ada undoes twice (her text, then her reason, as in a map of her own): her
  // reason goes, Grace's objection, made after it, stays, everywhere.
  await grace.editor.node('Keep them').click();
  await grace.page.keyboard.press('o');
  await grace.editor.typeText('Phones are needed in emergencies');
  await expect(ada.editor.node('needed in emergencies')).toBeVisible();
  await expect(ada.editor.toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    'Undo edit text (Ctrl+Z)',
  );
  await ada.page.locator('body').press('Control+z');
  await expect(ada.editor.nodes()).toHaveCount(5);
  await ada.page.locator('body').press('Control+z');
  for (const { editor } of [teacher, ada, grace]) {
    await expect(editor.nodes()).toHaveCount(4);
    await expect(editor.node('Fewer distractions')).toHaveCount(0);
    await expect(editor.node('needed in emergencies')).toBeVisible();
  }

  // A student may not rewrite the teacher's node: the server refuses, says why, and it reverts.
  await grace.editor.node('Ban them').click();
  const text = grace.editor.inspector.getByRole('textbox', { name: 'Text' });
  await text.fill('Ban them forever');
  await text.press('Tab');
  await expect(grace.editor.status).toContainText(
    '“Ban them” was added by the teacher: students change only what they added.',
  );
  await expect(grace.editor.node('Ban them forever')).toHaveCount(0);
  await expect(teacher.editor.node('Ban them forever')).toHaveCount(0);

  // The teacher locks the map: students can read it, not change it, and are told so.
  await openPanel(teacher.page);
  await classPanel(teacher.page)
    .getByLabel(/Lock the map/)
    .check();
  await expect(ada.editor.toolbar.getByText('Locked by the teacher')).toBeVisible();
  await ada.editor.node('Keep them').click();
  await ada.page.keyboard.press('r');
  await expect(ada.editor.status).toContainText('The teacher has locked the map');
  await expect(ada.editor.nodes()).toHaveCount(4);
  await classButton(ada.page).click();
  await saveScreenshot(ada.page, 'class-student-locked');

  // Unlocked, Ada can add again.
  await classPanel(teacher.page)
    .getByLabel(/Lock the map/)
    .uncheck();
  await expect(ada.editor.toolbar.getByText('Locked by the teacher')).toHaveCount(0);
  await ada.editor.node('Ban them').click();
  await ada.page.keyboard.press('r');
  await ada.editor.typeText('Better sleep');
  await expect(teacher.editor.node('Better sleep')).toBeVisible();

  // The teacher removes Grace: her screen says so, keeps the map read-only, and she can keep a copy.
  await openPanel(teacher.page);
  await classPanel(teacher.page)
    .getByRole('listitem')
    .filter({ hasText: 'Grace' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(classPanel(teacher.page).getByRole('heading', { name: 'Here now (2)' })).toBeVisible();
  await expect(classButton(grace.page)).toHaveText('Class: disconnected');
  await expect(grace.editor.toolbar.getByText('Read-only: not in the class')).toBeVisible();
  await openPanel(grace.page);
  await expect(classPanel(grace.page).getByRole('status')).toContainText(
    'The teacher removed you from this class',
  );
  await classPanel(grace.page).getByRole('button', { name: 'Leave and keep a copy' }).click();
  await expect(classButton(grace.page)).toHaveText('Class');
  await expect(grace.editor.toolbar.getByRole('button', { name: '+ Reason' })).toBeVisible();
  await expect(grace.editor.node('Better sleep')).toBeVisible();
  await expect(grace.page.getByText('Saved in this browser')).toBeVisible();

  // The teacher reads what the class did, newest first.
  await openPanel(teacher.page);
  await classPanel(teacher.page).getByText('What the class changed').click();
  const history = classPanel(teacher.page).locator('.class-history__list li');
  await expect(history.first()).toContainText('Teacher removed Grace from the class');
  await expect(history.filter({ hasText: 'Ada changed the claim “Better sleep”' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Teacher locked the map' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Grace changed' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Ban them forever' })).toHaveCount(0);
  await saveScreenshot(teacher.page, 'class-history');
});

test("students' screens follow the teacher's presentation; a student steps back and rejoins", async ({
  browser,
}) => {
  const withTour = {
    ...lesson,
    tours: [
      {
        id: 'walk',
        title: 'Phones: the debate',
        steps: [
          { id: 's1', title: 'The question', nodes: ['q'] },
          { id: 's2', title: 'For a ban', nodes: ['q', 'yes'] },
          { id: 's3', title: 'Against', nodes: ['q', 'no'] },
        ],
      },
    ],
  };
  const teacher = await person(browser);
  const code = await startClass(teacher, withTour);
  const ada = await student(browser, code, 'Ada');

  // A reload keeps Ada in the class (the tab remembers it), on the class map.
  await ada.page.reload();
  await expect(classButton(ada.page)).toHaveText(/live/);
  await expect(ada.editor.nodes()).toHaveCount(3);

  const talk = (page: Page) => page.getByRole('dialog', { name: 'Presentation: Phones: the debate' });
  await teacher.page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(talk(teacher.page)).toHaveAttribute('data-step', '0');
  // Ada's screen presents the same tour, on the teacher's step, and moves with it.
  await expect(talk(ada.page)).toHaveAttribute('data-step', '0');
  await teacher.page.keyboard.press('ArrowRight');
  await expect(talk(ada.page)).toHaveAttribute('data-step', '1');
  await expect(talk(ada.page).getByRole('heading', { name: 'For a ban' })).toBeVisible();

  // Ada steps back on her own: she stays there, with a way back to the teacher.
  await ada.page.keyboard.press('ArrowLeft');
  await expect(talk(ada.page)).toHaveAttribute('data-step', '0');
  await teacher.page.keyboard.press('ArrowRight');
  const back = ada.page.getByRole('button', { name: 'Back to the teacher (step 3)' });
  await expect(back).toBeVisible();
  await expect(talk(ada.page)).toHaveAttribute('data-step', '0');
  await saveScreenshot(ada.page, 'class-follow-away');
  await back.click();
  await expect(talk(ada.page)).toHaveAttribute('data-step', '2');
  await expect(back).toHaveCount(0);

  // Esc leaves the teacher's talk; one click joins it again, on the teacher's step.
  await ada.page.keyboard.press('Escape');
  await expect(talk(ada.page)).toHaveCount(0);
  await ada.page.getByRole('button', { name: 'The teacher is presenting: follow' }).click();
  await expect(talk(ada.page)).toHaveAttribute('data-step', '2');

  // Ada steps away once more; then the teacher ends the presentation: it ends on Ada's screen too.
  await ada.page.keyboard.press('ArrowLeft');
  await expect(talk(ada.page)).toHaveAttribute('data-step', '1');
  await teacher.page.keyboard.press('Escape');
  await expect(talk(teacher.page)).toHaveCount(0);
  await expect(talk(ada.page)).toHaveCount(0);

  // The teacher's next presentation is followed afresh, from the teacher's step.
  await teacher.page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(talk(ada.page)).toHaveAttribute('data-step', '0');
  await teacher.page.keyboard.press('ArrowRight');
  await expect(talk(ada.page)).toHaveAttribute('data-step', '1');
});

test("the teacher accepts a student's reason, hides it from the class and shows it again", async ({
  browser,
}) => {
  const teacher = await person(browser);
  const code = await startClass(teacher, lesson);
  const ada = await student(browser, code, 'Ada');

  await ada.editor.node('Keep them').click();
  await ada.page.keyboard.press('r');
  await ada.editor.typeText('Phones help pupils who need them');
  const reason = teacher.editor.node('Phones help pupils');
  await expect(reason).toBeVisible();

  // Accepted: from then on only the teacher changes it, and Ada is told so when she tries.
  await reason.click();
  await teacher.editor.inspector.getByRole('button', { name: 'Accept' }).click();
  await expect(teacher.editor.inspector.getByText('Added by Ada · accepted by the teacher')).toBeVisible();
  await ada.editor.node('Phones help pupils').click();
  await expect(ada.editor.inspector.getByText('Added by you · accepted by the teacher')).toBeVisible();
  const text = ada.editor.inspector.getByRole('textbox', { name: 'Text' });
  await text.fill('Phones help everyone');
  await text.press('Tab');
  await expect(ada.editor.status).toContainText(
    'was accepted by the teacher: only the teacher changes it now.',
  );
  await expect(ada.editor.node('Phones help pupils who need them')).toBeVisible();

  // Hidden: it leaves the map on every screen; the teacher's panel lists it and shows it again.
  await reason.click();
  await teacher.editor.inspector.getByRole('button', { name: 'Hide from the class' }).click();
  await expect(ada.editor.node('Phones help pupils')).toHaveCount(0);
  await expect(teacher.editor.node('Phones help pupils')).toHaveCount(0);
  await openPanel(teacher.page);
  const hidden = classPanel(teacher.page)
    .getByRole('listitem')
    .filter({ hasText: 'Ada’s claim “Phones help pupils who need them”' });
  await expect(hidden).toBeVisible();
  await saveScreenshot(teacher.page, 'class-hidden');
  await hidden.getByRole('button', { name: 'Show again' }).click();
  await expect(ada.editor.node('Phones help pupils who need them')).toBeVisible();
  await expect(classPanel(teacher.page).getByRole('heading', { name: /^Hidden/ })).toHaveCount(0);
});

test('a student cut off from the server reopens the class map from the browser, keeps working, and it all arrives once back', async ({
  browser,
}) => {
  const teacher = await person(browser);
  const code = await startClass(teacher, lesson);
  const ada = await student(browser, code, 'Ada');
  await expect(ada.editor.nodes()).toHaveCount(3);

  // The network goes: every connection to the class server fails. Ada reloads (or reopens the tab).
  let offline = true;
  await ada.page.routeWebSocket(/\/collab/, (socket) => {
    if (offline) socket.close();
    else socket.connectToServer();
  });
  await ada.page.reload();
  await expect(classButton(ada.page)).toHaveText('Class: reconnecting…');
  await expect(ada.editor.node('Keep them')).toBeVisible();

  // She keeps working; nothing reaches the class yet.
  await ada.editor.node('Keep them').click();
  await ada.page.keyboard.press('r');
  await ada.editor.typeText('Written on the train');
  await expect(ada.editor.node('Written on the train')).toBeVisible();
  await expect(teacher.editor.node('Written on the train')).toHaveCount(0);

  // The network is back: her edits reach the class, merged, and she is live again.
  offline = false;
  await expect(teacher.editor.node('Written on the train')).toBeVisible({ timeout: 60_000 });
  await expect(classButton(ada.page)).toHaveText(/live/);
});
