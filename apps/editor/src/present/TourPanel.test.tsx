import {
  type ArgMap,
  addTour,
  createMap,
  exportControlsExample,
  removeMany,
  Table,
  TOUR_LENGTH_STEPS,
} from '@argmap/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NO_LOSSES, trackStepLosses } from './stepLosses.ts';
import { type ApplyEdit, TourPanel } from './TourPanel.tsx';

/** The panel over a map held in React state, applying operations the way the editor store does. */
function Harness({
  initial,
  selected,
  onMap,
}: {
  initial: ArgMap;
  selected: string[];
  onMap: (map: ArgMap) => void;
}) {
  const [map, setMap] = useState(initial);
  const apply: ApplyEdit = (operation) => {
    const result = operation(map);
    if (result.ok) {
      setMap(result.value.map);
      onMap(result.value.map);
    }
  };
  return (
    <TourPanel
      map={map}
      selectedNodes={selected}
      apply={apply}
      onPresent={vi.fn()}
      onPrint={vi.fn()}
      onClose={vi.fn()}
    />
  );
}

/** A small debate (the example map's full tour has dozens of steps, slow to render in jsdom). */
function smallMap(): ArgMap {
  const map = createMap({ title: 'Chips' }, new Date('2025-01-01T00:00:00Z'));
  const node = (id: string, kind: 'question' | 'position' | 'claim', text: string) => {
    map.nodes = map.nodes.set(id, { id, kind, text, baseScore: 0.5 });
  };
  node('q', 'question', 'Do export controls work?');
  node('p-work', 'position', 'Export controls work');
  node('p-backfire', 'position', 'Export controls backfire');
  node('c-bite', 'claim', 'The controls bite');
  node('c-scarcity', 'claim', 'Scarcity breeds invention');
  map.edges = Table.fromRecord({
    e1: { id: 'e1', kind: 'supports', source: 'p-work', target: 'q' },
    e2: { id: 'e2', kind: 'opposes', source: 'p-backfire', target: 'q' },
    e3: { id: 'e3', kind: 'supports', source: 'c-bite', target: 'p-work' },
    e4: { id: 'e4', kind: 'supports', source: 'c-scarcity', target: 'p-backfire' },
  });
  return map;
}

function setup(selected: string[] = [], initial = smallMap()) {
  let latest: ArgMap = initial;
  render(<Harness initial={initial} selected={selected} onMap={(map) => (latest = map)} />);
  return { user: userEvent.setup(), map: () => latest };
}

const stepTitles = () =>
  within(screen.getByRole('list', { name: 'Steps' }))
    .getAllByRole('textbox', { name: /^Title of step/ })
    .map((input) => (input as HTMLInputElement).value);

describe('TourPanel', () => {
  it('generates a tour and lists its steps', async () => {
    const { user, map } = setup();
    expect(screen.getByText(/no tour yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Generate a tour' }));
    expect(map().tours).toHaveLength(1);
    expect(stepTitles()[0]).toBe('The question');
  });

  it('generates a tour of the length the teacher picks: about ten steps by default', async () => {
    const example = { ...exportControlsExample, tours: [] };
    const { user, map } = setup([], example);
    expect(screen.getByRole('combobox', { name: 'Length' })).toHaveDisplayValue(/^Medium/);
    await user.click(screen.getByRole('button', { name: 'Generate a tour' }));
    expect(map().tours?.[0]?.steps).toHaveLength(TOUR_LENGTH_STEPS.medium);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Length' }),
      screen.getByRole('option', { name: /^Short/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Generate a tour' }));
    expect(map().tours?.[1]?.steps).toHaveLength(TOUR_LENGTH_STEPS.short);
    // The panel shows the tour it just made.
    expect(stepTitles()).toHaveLength(TOUR_LENGTH_STEPS.short);
    expect(stepTitles().at(-1)).toBe('The verdict');
  });

  it('reorders, retitles and removes steps', async () => {
    const { user, map } = setup();
    await user.click(screen.getByRole('button', { name: 'Generate a tour' }));
    const [first, second] = stepTitles();
    await user.click(screen.getByRole('button', { name: 'Move step 1 down' }));
    expect(stepTitles().slice(0, 2)).toEqual([second, first]);
    const title = screen.getByRole('textbox', { name: 'Title of step 1' });
    await user.clear(title);
    await user.type(title, 'Start here');
    await user.tab();
    expect(map().tours?.[0]?.steps[0]?.title).toBe('Start here');
    const count = map().tours?.[0]?.steps.length ?? 0;
    await user.click(screen.getByRole('button', { name: 'Remove step 1' }));
    expect(map().tours?.[0]?.steps).toHaveLength(count - 1);
  });

  it('adds a step showing the selected nodes, with speaker notes', async () => {
    const { user, map } = setup(['q', 'p-work']);
    await user.click(screen.getByRole('button', { name: 'Generate a tour' }));
    const count = map().tours?.[0]?.steps.length ?? 0;
    await user.click(screen.getByRole('button', { name: 'Add a step showing the selection (2)' }));
    const added = map().tours?.[0]?.steps.at(-1);
    expect(added?.nodes).toEqual(['q', 'p-work']);
    const notes = screen.getByRole('textbox', { name: `Notes for step ${count + 1}` });
    await user.type(notes, 'Ask for a show of hands');
    await user.tab();
    expect(map().tours?.[0]?.steps.at(-1)?.notes).toBe('Ask for a show of hands');
  });

  it('says which steps lost nodes deleted from the map, and which show nothing now', () => {
    const added = addTour(smallMap(), {
      id: 't',
      title: 'Lesson',
      steps: [
        { id: 's1', title: 'Start', nodes: ['q'] },
        { id: 's2', title: 'Work', nodes: ['p-work', 'c-bite'] },
        { id: 's3', title: 'Backfire', nodes: ['p-backfire', 'c-scarcity'] },
      ],
    });
    if (!added.ok) throw new Error('tour refused');
    const before = added.value.map;
    const removed = removeMany(before, { nodes: ['q', 'c-bite'] });
    if (!removed.ok) throw new Error('removal refused');
    const after = removed.value.map;
    render(
      <TourPanel
        map={after}
        selectedNodes={[]}
        losses={trackStepLosses(before, after, NO_LOSSES)}
        apply={vi.fn()}
        onPresent={vi.fn()}
        onPrint={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('list', { name: 'Tour checks' })).toHaveTextContent(
      /2 steps show less than before: nodes were deleted from the map/,
    );
    const step = (n: number) =>
      screen.getByRole('textbox', { name: `Title of step ${n}` }).closest('li') as HTMLElement;
    const [start, work, backfire] = [step(1), step(2), step(3)];
    expect(within(start).getByRole('note')).toHaveTextContent(
      'Shows nothing now: its node was deleted from the map (“Do export controls work?”).',
    );
    expect(within(work).getByRole('note')).toHaveTextContent(
      'A node was deleted from the map and no longer shows here: “The controls bite”.',
    );
    expect(within(backfire).queryByRole('note')).toBeNull();
  });
});
