import { type ArgMap, combine, type Edit, type Result, updateMeta, updateNode } from '@argmap/core';

/** The title a new map gets before anyone names it. */
export const DEFAULT_TITLE = 'Untitled map';

const MAX_TITLE = 120;

/** The title a question's text gives its map: the text on one line, shortened at a word. */
export function titleFromQuestion(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2)).trimEnd()}…`;
}

/**
 * Sets a node's text, and when the node is a question and the map has not been named by the
 * student — its title is empty, the default, or what this question said before — names the map
 * after the question, in the same undoable step. A title the student typed is never replaced.
 */
export function setNodeText(map: ArgMap, nodeId: string, text: string): Result<Edit> {
  const node = map.nodes.get(nodeId);
  const title = map.meta.title.trim();
  const unnamed =
    title === '' || title === DEFAULT_TITLE || (node !== undefined && title === titleFromQuestion(node.text));
  const named = titleFromQuestion(text);
  if (node?.kind !== 'question' || !unnamed || named === '' || named === title) {
    return updateNode(map, nodeId, { text });
  }
  return combine(map, 'Edit question', [
    (current) => updateNode(current, nodeId, { text }),
    (current) => updateMeta(current, { title: named }),
  ]);
}
