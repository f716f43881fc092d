import { useCommands } from '../commands/CommandsContext.tsx';
import type { Levels } from '../commands/showLevels.ts';

const CHOICES: { levels: Levels; label: string; title: string }[] = [
  { levels: 1, label: '1', title: 'Collapse all: the question only' },
  { levels: 2, label: '2', title: 'Show two levels: the question and its positions' },
  { levels: 3, label: '3', title: 'Show three levels: positions and their reasons' },
  { levels: 'all', label: 'All', title: 'Expand all' },
];

/**
 * Level buttons (collapse all, show 2 or 3 levels, expand all): one undoable change of view each,
 * shared with the canvas, since both show the nodes' own collapsed state.
 */
export function OutlineLevels() {
  const commands = useCommands();
  return (
    <fieldset className="outline__levels">
      <legend>Show levels</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice.label}
          type="button"
          title={choice.title}
          aria-label={choice.title}
          onClick={() => commands.showLevels(choice.levels)}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  );
}
