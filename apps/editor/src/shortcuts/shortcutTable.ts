/** Everything a shortcut can do; each maps to one editor command or dialog. */
export type ShortcutAction =
  | 'addNode'
  | 'addReason'
  | 'addObjection'
  | 'addEvidence'
  | 'editText'
  | 'connect'
  | 'delete'
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'selectAll'
  | 'collapse'
  | 'whatIf'
  | 'why'
  | 'quote'
  | 'tidy'
  | 'fitView'
  | 'search'
  | 'help'
  | 'escape'
  | 'selectAbove'
  | 'selectBelow'
  | 'selectLeft'
  | 'selectRight'
  | 'nudge'
  | 'focusInspector'
  | 'outline'
  | 'focusBranch'
  | 'showLevels';

/** One shortcut: which keys, what it does, and how the help overlay lists it. */
export interface Shortcut {
  action: ShortcutAction;
  /** `event.key` values (lower-case for letters) that trigger it. */
  keys: readonly string[];
  /** Ctrl on Windows/Linux or ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
  /** Needs Alt (Option on macOS). */
  alt?: boolean;
  /** Matches with or without Shift (Shift changes how far, not what). */
  anyShift?: boolean;
  /** As shown in the help overlay, e.g. "Ctrl+Z". */
  label: string;
  description: string;
}

/**
 * Every keyboard shortcut, in the order the help overlay (`?`) lists them. Letters without a
 * modifier act only when no text field has focus, so typing is never hijacked.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'addNode', keys: ['n'], label: 'N', description: 'Add a node (a question on an empty map)' },
  { action: 'addReason', keys: ['r'], label: 'R', description: 'Add a reason for the selected node' },
  { action: 'addObjection', keys: ['o'], label: 'O', description: 'Add an objection to the selected node' },
  { action: 'addEvidence', keys: ['e'], label: 'E', description: 'Add evidence for the selected node' },
  {
    action: 'editText',
    keys: ['Enter', 'F2'],
    label: 'Enter or F2',
    description: 'Edit the selected node’s text',
  },
  {
    action: 'connect',
    keys: ['c'],
    label: 'C',
    description: 'Connect the selected node: then Tab to a target and press Enter',
  },
  { action: 'delete', keys: ['Delete', 'Backspace'], label: 'Delete', description: 'Delete the selection' },
  { action: 'undo', keys: ['z'], mod: true, label: 'Ctrl+Z', description: 'Undo' },
  { action: 'redo', keys: ['z'], mod: true, shift: true, label: 'Ctrl+Shift+Z', description: 'Redo' },
  { action: 'redo', keys: ['y'], mod: true, label: 'Ctrl+Y', description: 'Redo' },
  { action: 'copy', keys: ['c'], mod: true, label: 'Ctrl+C', description: 'Copy the selected nodes' },
  { action: 'cut', keys: ['x'], mod: true, label: 'Ctrl+X', description: 'Cut the selected nodes' },
  {
    action: 'paste',
    keys: ['v'],
    mod: true,
    label: 'Ctrl+V',
    description: 'Paste nodes (also from another map)',
  },
  { action: 'selectAll', keys: ['a'], mod: true, label: 'Ctrl+A', description: 'Select every node' },
  // Not Space: on a focused node React Flow uses Space to select it.
  { action: 'collapse', keys: ['-'], label: '−', description: 'Collapse or expand the selected subtree' },
  { action: 'whatIf', keys: ['w'], label: 'W', description: 'What-if: switch the selected node off or on' },
  {
    action: 'why',
    keys: ['y'],
    label: 'Y',
    description: 'Why? How its strength adds up, and why it is accepted or rejected',
  },
  { action: 'quote', keys: ['q'], label: 'Q', description: 'Read the full quote of the selected evidence' },
  { action: 'tidy', keys: ['t'], label: 'T', description: 'Tidy: lay the whole map out again' },
  { action: 'fitView', keys: ['f'], label: 'F', description: 'Fit the whole map on screen' },
  {
    action: 'focusBranch',
    keys: ['f'],
    shift: true,
    label: 'Shift+F',
    description: 'Focus on the selected branch: fold the rest (Ctrl+Z goes back)',
  },
  {
    action: 'showLevels',
    keys: ['1', '2', '3', '4', '0'],
    label: '1–4, 0',
    description:
      'Show that many levels of the map (1: collapse all to the question; 0: expand all), then fit',
  },
  { action: 'search', keys: ['/'], label: '/', description: 'Search by text, speaker, tag or kind' },
  { action: 'search', keys: ['f'], mod: true, label: 'Ctrl+F', description: 'Search' },
  { action: 'selectAbove', keys: ['ArrowUp'], label: '↑', description: 'Select what the node argues for' },
  {
    action: 'selectBelow',
    keys: ['ArrowDown'],
    label: '↓',
    description: 'Select a reason, objection or evidence under it',
  },
  {
    action: 'selectLeft',
    keys: ['ArrowLeft'],
    label: '←',
    description: 'Select the node beside it, to the left',
  },
  {
    action: 'selectRight',
    keys: ['ArrowRight'],
    label: '→',
    description: 'Select the node beside it, to the right',
  },
  {
    action: 'nudge',
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
    alt: true,
    anyShift: true,
    label: 'Alt+arrows',
    description: 'Nudge the selected nodes (with Shift: further)',
  },
  {
    action: 'focusInspector',
    keys: ['i'],
    label: 'I',
    description: 'Move focus to the inspector; Esc there returns to the node',
  },
  {
    action: 'outline',
    keys: ['l'],
    label: 'L',
    description: 'Show or hide the outline: the map as an indented list',
  },
  { action: 'help', keys: ['?'], label: '?', description: 'Show these shortcuts' },
  {
    action: 'escape',
    keys: ['Escape'],
    label: 'Esc',
    description: 'Cancel, close a dialog, or clear the selection',
  },
];

/** The shape of a key press that matching needs (a subset of `KeyboardEvent`). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The shortcut a key press triggers, if any. Shift is ignored for keys that need it to be typed ("?"). */
export function matchShortcut(press: KeyPress): ShortcutAction | undefined {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.keys.includes(key)) continue;
    if (Boolean(shortcut.mod) !== mod) continue;
    if (Boolean(shortcut.alt) !== press.altKey) continue;
    const needsShift = Boolean(shortcut.shift);
    const typedWithShift = key === '?' || key === '/' || Boolean(shortcut.anyShift);
    if (!typedWithShift && needsShift !== press.shiftKey) continue;
    return shortcut.action;
  }
  return undefined;
}
