import { useClassState } from './ClassContext.tsx';
import type { Person } from './classSession.ts';

/** Colours for other people's selections: distinct from the kinds' colours and from the editor's own blue. */
const COLOURS = ['#8250df', '#bf3989', '#bc4c00', '#1b7c83', '#4d2d00', '#6639ba'];

/**
 * Shows what everyone else in the class has selected: a ring in their colour around the node and
 * their name above it. A style sheet keyed on node ids, so the canvas itself knows nothing of the
 * class and no node re-renders when someone clicks elsewhere.
 */
export function PresenceStyles() {
  const live = useClassState();
  if (live?.status !== 'live') return null;
  const rules = presenceRules(live.people);
  return rules ? <style data-presence="">{rules}</style> : null;
}

/** The CSS for other people's selections (never one's own: the editor already shows that). */
export function presenceRules(people: readonly Person[]): string {
  const names = new Map<string, { colour: string; names: string[] }>();
  people
    .filter((person) => !person.self)
    .forEach((person, index) => {
      const colour = COLOURS[index % COLOURS.length] as string;
      for (const id of person.selection.slice(0, 20)) {
        const entry = names.get(id) ?? { colour, names: [] };
        entry.names.push(person.name);
        names.set(id, entry);
      }
    });
  let css = '';
  for (const [id, { colour, names: who }] of names) {
    const node = `.react-flow__node[data-id="${cssString(id)}"]`;
    css += `${node} { outline: 3px solid ${colour}; outline-offset: 3px; border-radius: 8px; }\n`;
    css += `${node}::before { content: "${cssString(who.join(', '))}"; position: absolute; left: 0; bottom: calc(100% + 6px); padding: 1px 6px; border-radius: 4px; background: ${colour}; color: #fff; font: 600 12px/1.4 system-ui, sans-serif; white-space: nowrap; pointer-events: none; }\n`;
  }
  return css;
}

/**
 * Text inside a double-quoted CSS string: every character that could end the string, the rule or
 * the style element (quotes, backslashes, newlines, `<`) is written as a hex escape, so a name or
 * id can never become CSS or HTML.
 */
export function cssString(text: string): string {
  return text.replace(
    /[^\p{L}\p{N} _.,'()-]/gu,
    (character) => `\\${(character.codePointAt(0) ?? 0).toString(16)} `,
  );
}
