import { useReactFlow } from '@xyflow/react';
import { useCommands } from '../commands/CommandsContext.tsx';
import type { Levels } from '../commands/showLevels.ts';
import { fitAfter } from './fitMap.ts';

/** The toolbar's level choices, with the key that does the same (shortcutTable.ts). */
const LEVEL_CHOICES: readonly { levels: Levels; text: string; label: string; key: string }[] = [
  { levels: 1, text: '1', label: 'Show 1 level: collapse all to the question', key: '1' },
  { levels: 2, text: '2', label: 'Show 2 levels', key: '2' },
  { levels: 3, text: '3', label: 'Show 3 levels', key: '3' },
  { levels: 'all', text: 'All', label: 'Expand all levels', key: '0' },
];

/**
 * Collapse all / show 2 or 3 levels / expand all, on the canvas (the outline has its own): each
 * folds the whole map as one undoable change of view, then fits what is left (as the keys 1–4 and
 * 0 do). Shown on read-only maps too: folding changes the view, not the map.
 */
export function CanvasLevels() {
  const commands = useCommands();
  const flow = useReactFlow();
  const showLevels = (levels: Levels) => fitAfter(flow, () => commands.showLevels(levels));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's border and legend do not fit a toolbar row.
    <div className="canvas-levels" role="group" aria-label="Levels on the canvas">
      <span className="canvas-levels__label" aria-hidden="true">
        Levels
      </span>
      {LEVEL_CHOICES.map((choice) => (
        <button
          key={choice.text}
          type="button"
          aria-label={choice.label}
          aria-keyshortcuts={choice.key}
          title={`${choice.label} (${choice.key})`}
          onClick={() => showLevels(choice.levels)}
        >
          {choice.text}
        </button>
      ))}
    </div>
  );
}
