import { createMap, exportControlsExample } from '@argmap/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HandoutDialog } from './HandoutDialog.tsx';
import { handoutFacts } from './handoutFacts.ts';

const map = exportControlsExample;
const ids = [...map.nodes.keys()];
const facts = handoutFacts(map, {
  strengths: Object.fromEntries(ids.map((id) => [id, 0.5])),
  statuses: Object.fromEntries(ids.map((id, i) => [id, i % 2 ? 'accepted' : 'rejected'])),
  semantics: 'strengths by DF-QuAD, accepted or rejected under grounded semantics',
});

function open(initial: Parameters<typeof HandoutDialog>[0]['initial'], onClose = vi.fn()) {
  render(<HandoutDialog map={map} facts={facts} initial={initial} onClose={onClose} />);
  return screen.getByRole('dialog', { name: 'Print a handout' });
}

describe('HandoutDialog', () => {
  it('previews the map, the tour, the outline or the worksheet, each with verdicts and numbered sources', async () => {
    const user = userEvent.setup();
    const dialog = open({ kind: 'map' });
    // The map is measured before it is drawn; jsdom measures nothing, so estimates stand in.
    expect(await within(dialog).findByRole('region', { name: /^Sheet 1 of \d+$/ })).toBeInTheDocument();
    expect(within(dialog).getAllByText(/50% · ✗ Rejected/).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('region', { name: 'Sources' })).toHaveTextContent('Dario Amodei');
    expect(within(dialog).getByText(/grounded semantics/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'A tour' }));
    const steps = within(dialog).getAllByRole('region', { name: /^Step \d+$/ });
    expect(steps).toHaveLength(map.tours?.[0]?.steps.length ?? 0);
    expect(within(dialog).getAllByText(/^Notes: /).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Speaker notes' }));
    expect(within(dialog).queryAllByText(/^Notes: /)).toHaveLength(0);

    await user.click(within(dialog).getByRole('radio', { name: 'Outline with sources' }));
    const outline = within(dialog).getByRole('list', { name: 'The argument' });
    for (const node of map.nodes.values()) expect(outline).toHaveTextContent(node.text);
    expect(outline).toHaveTextContent(/\[1\]/);

    await user.click(within(dialog).getByRole('radio', { name: 'Student worksheet' }));
    expect(within(dialog).getAllByRole('region', { name: /^Worksheet page/ })).toHaveLength(4);
  });

  it('opens on the tour it was asked for, with the choices and Print reachable by keyboard; Esc closes', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const dialog = open({ kind: 'tour', tourId: map.tours?.[0]?.id }, onClose);
    expect(within(dialog).getByRole('radio', { name: 'A tour' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('radio', { name: 'Outline with sources' })).toBeChecked();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Print…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(print).toHaveBeenCalledOnce();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('offers no tour for a map without one, and prints the map instead', () => {
    const empty = createMap({ title: 'Empty' });
    render(
      <HandoutDialog
        map={empty}
        facts={handoutFacts(empty, { strengths: {}, statuses: {}, semantics: '' })}
        initial={{ kind: 'tour' }}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('radio', { name: 'A tour' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'The map' })).toBeChecked();
  });
});
