import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

async function openWhy(id: string) {
  const store = createEditorStore(smallDebate());
  render(<App store={store} clipboard={memoryClipboard()} />);
  act(() => store.select([id]));
  await userEvent.keyboard('y');
  return screen.getByRole('dialog', { name: 'Why?' });
}

const number = (text: string) => Number(text.replace('−', '-').replace('+', '').replace('±', ''));

describe('the Why dialog', () => {
  it('shows points per link that add up to the change from base score to strength', async () => {
    const dialog = await openWhy('q');
    const strength = within(dialog).getByRole('region', { name: 'Strength' });
    const summary = within(strength).getByText(/^It starts at its base score of/).textContent ?? '';
    const [, from, to] = summary.match(/of (\d+)% and ends at (\d+)%/) ?? [];
    const points = within(strength)
      .getAllByRole('listitem')
      .map((item) => number(item.querySelector('.why-list__effect')?.textContent ?? 'NaN'));
    expect(points).toHaveLength(2);
    expect(points.reduce((a, b) => a + b, 0)).toBe(Number(to) - Number(from));
    expect(
      within(strength).getByText(/“Ban them” lifts it \d+ points: it supports it with strength \d+%\./),
    ).toBeVisible();
    expect(within(strength).getByText(/Shapley value/)).toBeVisible();
  });

  it('says why a node is accepted or rejected, in grounded terms', async () => {
    const dialog = await openWhy('yes');
    const verdict = within(dialog).getByRole('region', { name: 'Accepted or rejected' });
    expect(within(verdict).getByRole('heading')).toHaveTextContent('✓ Accepted (grounded)');
    expect(verdict).toHaveTextContent('Accepted under grounded, the most sceptical semantics');
    expect(verdict).toHaveTextContent('Nothing attacks it.');
  });

  it('closes with Escape', async () => {
    await openWhy('yes');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Why?' })).toBeNull();
  });
});
