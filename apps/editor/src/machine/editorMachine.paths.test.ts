import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { editorMachine } from './editorMachine.ts';
import type { EditorMachineEmitted, EditorMachineEvent } from './events.ts';

const resting = {
  editingId: null,
  editingIn: 'canvas',
  connectFrom: null,
  connectTo: null,
  dialogNodeId: null,
};

/** Events a student can produce, with representative payloads; the graph explores their orderings. */
const events: EditorMachineEvent[] = [
  { type: 'SELECT_BOX_START' },
  { type: 'SELECT_BOX_END' },
  { type: 'EDIT_TEXT', nodeId: 'a' },
  { type: 'COMMIT_TEXT', text: 'new text' },
  { type: 'CONNECT_START', nodeId: 'a' },
  { type: 'CONNECT_END', targetId: 'b' },
  { type: 'CONNECT_END', targetId: null },
  { type: 'PICK_RELATION', relation: 'supports' },
  { type: 'DRAG_START' },
  { type: 'DRAG_END' },
  { type: 'OPEN_DIALOG', dialog: 'help' },
  { type: 'OPEN_DIALOG', dialog: 'quote', nodeId: 'a' },
  { type: 'OPEN_DIALOG', dialog: 'why', nodeId: 'a' },
  { type: 'CANCEL' },
];

const modes = [
  'idle',
  'selecting',
  'editing',
  'connecting',
  'dragging',
  'dialog.help',
  'dialog.quote',
  'dialog.why',
  'dialog.relation',
];

/** The way back to idle from each mode: what Escape or releasing the pointer sends. */
const leave: Record<string, EditorMachineEvent> = {
  selecting: { type: 'SELECT_BOX_END' },
  dragging: { type: 'DRAG_END' },
};

function modeOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const [parent, child] = Object.entries(value as Record<string, string>)[0] ?? [];
  return `${parent}.${child}`;
}

describe('editor statechart paths (model-based)', () => {
  const paths = getShortestPaths(editorMachine, { events });

  it('reaches every mode', () => {
    const reached = new Set(paths.map((path) => modeOf(path.state.value)));
    expect([...reached].sort()).toEqual([...modes].sort());
  });

  it.each(modes)('returns to idle from %s, with nothing left pending', (mode) => {
    const path = paths.find((candidate) => modeOf(candidate.state.value) === mode);
    expect(path).toBeDefined();
    const actor = createActor(editorMachine).start();
    for (const step of path?.steps ?? []) actor.send(step.event);
    expect(modeOf(actor.getSnapshot().value)).toBe(mode);
    actor.send(leave[mode] ?? { type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context).toEqual(resting);
  });

  it('never emits half-made edits and always rests clean in idle, whatever the order of input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 40 }), (sequence) => {
        const actor = createActor(editorMachine).start();
        const emitted: EditorMachineEmitted[] = [];
        actor.on('*', (event) => emitted.push(event));
        for (const event of sequence) {
          actor.send(event);
          const snapshot = actor.getSnapshot();
          expect(modes).toContain(modeOf(snapshot.value));
          if (snapshot.matches('idle')) expect(snapshot.context).toEqual(resting);
        }
        for (const event of emitted) {
          if (event.type === 'connect') {
            expect(event.source).toBe('a');
            expect(event.target).toBe('b');
          } else {
            expect(event.nodeId).toBe('a');
          }
        }
        const picks = sequence.filter((event) => event.type === 'PICK_RELATION').length;
        expect(emitted.filter((event) => event.type === 'connect').length).toBeLessThanOrEqual(picks);
      }),
    );
  });

  it('finds a path to the relation picker through a dropped connection', () => {
    const toPicker = getSimplePaths(editorMachine, {
      events,
      toState: (state) => state.matches({ dialog: 'relation' }),
    });
    expect(toPicker.length).toBeGreaterThan(0);
    for (const path of toPicker) {
      expect(path.steps.map((step) => step.event.type)).toContain('CONNECT_END');
    }
  });
});
