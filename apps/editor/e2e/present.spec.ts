import { expect, test } from '@playwright/test';
import { exampleMap as example } from './exampleMap.ts';
import { EditorPage } from './pages/EditorPage.ts';
import { Presentation } from './pages/presentation.ts';
import { saveScreenshot } from './screenshot.ts';

// A classroom projector: 1920×1080.
test.use({ viewport: { width: 1920, height: 1080 } });

// The example's positions: what the tour must cover.
const positions = Object.keys(example.nodes).filter((id) => example.nodes[id]?.kind === 'position');

/**
 * What a teacher would wince at on one step: node text under 28 px, nodes cropped at the edge of the
 * screen, boxes on top of each other, lines off the documented code or cut by their labels. Returns the problems found, as sentences.
 */
async function problemsAt(talk: Presentation, step: number): Promise<string[]> {
  const { visible } = await talk.nodes();
  const problems: string[] = [];
  const textPx = await talk.smallestTextPx();
  if (textPx < 28) problems.push(`step ${step}: node text ${textPx.toFixed(1)} px`);
  if (!(await talk.inView(visible))) problems.push(`step ${step}: a node is cropped`);
  for (const pair of await talk.overlaps()) problems.push(`step ${step}: ${pair} overlap`);
  for (const edge of await talk.edgeProblems()) problems.push(`step ${step}: ${edge}`);
  return problems;
}

test('a generated tour on the example map: ten steps for a lesson, stepped with the keyboard, every step legible on a projector', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // Legibility is about where each step comes to rest: without the glides (the reduced-motion
  // setting teachers may use) the camera lands at once. The other tests keep the motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const talk = new Presentation(page);
  await talk.generateTour();
  await talk.presentFromPanel();

  const { total } = await talk.counter();
  // A 45-minute discussion: about ten steps, never more than twelve.
  expect(total).toBeGreaterThan(5);
  expect(total).toBeLessThanOrEqual(12);
  const revealed = new Set<string>();
  const problems: string[] = [];
  for (let step = 1; step <= total; step++) {
    if (step > 1)
      await page.keyboard.press(step % 3 === 0 ? 'Space' : step % 3 === 1 ? 'PageDown' : 'ArrowRight');
    await talk.settleAt(step);
    await saveScreenshot(page, `present-light-${String(step).padStart(2, '0')}`);
    const { visible, focused } = await talk.nodes();
    for (const id of focused) revealed.add(id);
    // Only revealed nodes are ever on screen: later ones stay hidden, text and all.
    expect(
      visible.filter((id) => !revealed.has(id)),
      `unrevealed nodes at step ${step}`,
    ).toEqual([]);
    expect(focused.length).toBeGreaterThan(0);
    if (step === 1) expect(visible).toEqual(['q']);
    problems.push(...(await problemsAt(talk, step)));
  }
  // Every step reads from the back row: listed all at once, so one run shows every bad step.
  expect(problems).toEqual([]);
  // Every position is discussed, with evidence, and the talk ends on the question and its answers.
  for (const id of positions) expect(revealed).toContain(id);
  expect([...revealed].some((id) => example.nodes[id]?.kind === 'evidence')).toBe(true);
  expect((await talk.nodes()).focused).toEqual(['q', ...positions].sort());

  await page.keyboard.press('ArrowRight');
  expect((await talk.counter()).step).toBe(total);
  await page.keyboard.press('Home');
  await talk.settleAt(1);
  await page.keyboard.press('End');
  await talk.settleAt(total);
  await page.keyboard.press('PageUp');
  await talk.settleAt(total - 1);
  await page.keyboard.press('Escape');
  await expect(talk.stage).toBeHidden();
});

test('every step of the full generated tour is legible in the dark projector theme, every node shown, verdict at the end', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // Legibility is about where each step comes to rest: without the glides (the reduced-motion
  // setting teachers may use) the camera lands at once. The other tests keep the motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const talk = new Presentation(page);
  await talk.generateTour('Full');
  await talk.presentFromPanel();
  await page.keyboard.press('t');
  await expect(talk.stage).toHaveClass(/present--dark/);
  const { total } = await talk.counter();
  const revealed = new Set<string>();
  const problems: string[] = [];
  for (let step = 1; step <= total; step++) {
    if (step > 1) await page.keyboard.press('ArrowRight');
    if (step === total) await page.keyboard.press('v');
    await talk.settleAt(step);
    await saveScreenshot(page, `present-dark-${String(step).padStart(2, '0')}`);
    for (const id of (await talk.nodes()).focused) revealed.add(id);
    problems.push(...(await problemsAt(talk, step)));
  }
  expect(problems).toEqual([]);
  // Nothing on the map is left out of the full tour.
  expect([...revealed].sort()).toEqual(Object.keys(example.nodes).sort());
  await expect(talk.stage.locator('.pnode__strength')).toHaveCount(1 + positions.length);
});

test("the example map's hand-made tour: at most twelve steps, every one legible on a projector", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Legibility is about where each step comes to rest: without the glides (the reduced-motion
  // setting teachers may use) the camera lands at once. The other tests keep the motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  // The map opens with its one tour chosen in the panel.
  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  const talk = new Presentation(page);
  await talk.presentFromPanel();
  await expect(talk.stage).toHaveAccessibleName(/^Presentation: The debate in/);
  const { total } = await talk.counter();
  expect(total).toBeLessThanOrEqual(12);
  const problems: string[] = [];
  for (let step = 1; step <= total; step++) {
    if (step > 1) await page.keyboard.press('ArrowRight');
    await talk.settleAt(step);
    await saveScreenshot(page, `present-handmade-${String(step).padStart(2, '0')}`);
    expect((await talk.nodes()).focused.length, `step ${step}`).toBeGreaterThan(0);
    problems.push(...(await problemsAt(talk, step)));
  }
  expect(problems).toEqual([]);
});

test('the projector theme passes axe colour-contrast, light and dark, with the verdict shown', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const talk = new Presentation(page);
  await talk.generateTour();
  await talk.presentFromPanel();
  const { total } = await talk.counter();
  // The first step, a step with evidence (quotes and citations), and the whole map.
  for (const step of [1, Math.min(7, total), total]) {
    await page.keyboard.press('Home');
    for (let i = 1; i < step; i++) await page.keyboard.press('ArrowRight');
    await talk.settleAt(step);
    expect(await talk.contrastViolations(), `light theme, step ${step}`).toEqual([]);
  }
  await page.keyboard.press('v');
  await expect(talk.stage.getByRole('button', { name: 'Reveal verdict' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await talk.settleAt(total);
  expect(await talk.contrastViolations(), 'light theme with verdict').toEqual([]);
  await saveScreenshot(page, 'present-verdict-light');
  await page.keyboard.press('t');
  await expect(talk.stage).toHaveClass(/present--dark/);
  await page.keyboard.press('Home');
  await talk.settleAt(1);
  expect(await talk.contrastViolations(), 'dark theme, step 1').toEqual([]);
  for (let i = 1; i < Math.min(7, total); i++) await page.keyboard.press('ArrowRight');
  await talk.settleAt(Math.min(7, total));
  expect(await talk.contrastViolations(), 'dark theme, evidence step').toEqual([]);
  await saveScreenshot(page, 'present-dark-evidence');
});

test('the presenter window shows notes and the next step, and drives the audience window', async ({
  page,
}) => {
  await page.goto('/');
  const talk = new Presentation(page);
  await talk.generateTour();
  await talk.presentFromPanel();
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    talk.stage.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('The question');
  await expect(presenter.getByRole('region', { name: 'Next step' })).not.toBeEmpty();
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await talk.settleAt(2);
  await expect(presenter.getByText(/^Step 2 of/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText(/^Step 3 of/)).toBeVisible();
  await presenter.setViewportSize({ width: 1100, height: 720 });
  await saveScreenshot(presenter, 'presenter-view');
  await presenter.getByRole('button', { name: 'End presentation' }).click();
  await expect(talk.stage).toBeHidden();
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(/ended/);
});

test('presenter windows stay in step when one reloads, a second joins or one is closed, and learn the end when the audience window reloads', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const talk = new Presentation(page);
  await talk.generateTour();
  await talk.presentFromPanel();
  const openPresenter = async () => {
    const [window] = await Promise.all([
      page.waitForEvent('popup'),
      talk.stage.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    return window;
  };
  const stepOf = (window: typeof page) => window.getByText(/^Step \d+ of \d+$/);

  const first = await openPresenter();
  await expect(stepOf(first)).toHaveText(/^Step 1 of/);
  await page.keyboard.press('ArrowRight');
  await expect(stepOf(first)).toHaveText(/^Step 2 of/);

  // A reloaded presenter window catches up from the current state.
  await first.reload();
  await expect(stepOf(first)).toHaveText(/^Step 2 of/);

  // A second presenter window (the same link opened again) follows too, and can drive the talk.
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(stepOf(second)).toHaveText(/^Step 2 of/);
  await second.getByRole('button', { name: 'Next →' }).click();
  await talk.settleAt(3);
  await expect(stepOf(first)).toHaveText(/^Step 3 of/);
  await expect(stepOf(second)).toHaveText(/^Step 3 of/);

  // Closed and opened again from the projector: it shows where the talk is now.
  await first.close({ runBeforeUnload: true });
  await page.keyboard.press('ArrowRight');
  await expect(stepOf(second)).toHaveText(/^Step 4 of/);
  const reopened = await openPresenter();
  await expect(stepOf(reopened)).toHaveText(/^Step 4 of/);

  // Reloading the projector's window ends the talk: no message says so, its Web Lock does.
  await page.reload();
  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText(/ended/);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(/ended/);

  // A presenter window opened with no presentation running says so instead of waiting forever.
  await second.reload();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(/ended/);
});

test('the tour panel prints its tour: Print handout… opens the handout dialog on that tour, Close goes back to the panel', async ({
  page,
}) => {
  await page.goto('/');
  const talk = new Presentation(page);
  await talk.generateTour();
  const panel = page.getByRole('complementary', { name: 'Tours' });
  const title = await panel.getByRole('textbox', { name: 'Title', exact: true }).inputValue();
  await panel.getByRole('button', { name: 'Print handout…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print a handout' });
  await expect(dialog.getByRole('radio', { name: 'A tour' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Tour' })).toHaveValue(/.+/);
  await expect(dialog.getByRole('article', { name: `Handout: ${title}` })).toBeVisible();
  await saveScreenshot(page, 'handout-tour-from-panel');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
});

test('an empty tour does not stick: New map → Present → Esc, then a question, a position and evidence → Present shows 4 steps', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(editor.nodes()).toHaveCount(0);
  const talk = new Presentation(page);
  await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
  await expect(talk.stage).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(talk.stage).toBeHidden();

  await editor.canvas.locator('.react-flow__pane').dblclick({ position: { x: 400, y: 200 } });
  await editor.typeText('Should schools ban phones?');
  await editor.node('Should schools ban phones?').click();
  await editor.button('+ Reason').click();
  await editor.typeText('Yes: phones distract from lessons');
  await editor.node('Yes: phones distract').click();
  await editor.button('+ Evidence').click();
  await editor.typeText('Test scores rose after a ban');
  await expect(editor.nodes()).toHaveCount(3);

  await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
  await expect(talk.stage).toBeVisible();
  await expect(talk.stage.getByText(/^Step \d+ of \d+$/)).toHaveText('Step 1 of 4');
  await expect(talk.stage.getByText('This tour has no steps yet')).toHaveCount(0);
  await saveScreenshot(page, 'present-after-empty-tour');
});
