import type { ProjectorNodeData } from './projectorFlow.ts';
import { STATUS_LABEL } from './statusLabel.ts';

/** Width of a node on the projector, in canvas units (CSS px at zoom 1); `.pnode` in present.css. */
export const PROJECTOR_NODE_WIDTH = 440;

/**
 * A node's height on the projector, estimated from its text at the projector theme's sizes
 * (32 px text about 18 characters a line in a 440 px box, 28 px quote clamped to 3 lines, 24 px
 * citation). Generous on purpose: a box drawn shorter than planned leaves a gap, a taller one
 * would run into the row below. Used where the browser cannot measure (tests, first paint).
 */
export function estimateProjectorHeight(data: ProjectorNodeData): number {
  const lines = (text: string, perLine: number, max = Number.POSITIVE_INFINITY) =>
    Math.min(max, Math.max(1, Math.ceil(text.length / perLine)));
  // Border, padding and the kind label, then the statement.
  let height = 6 + 34 + 28 + 6 + lines(data.text, 18) * 40;
  if (data.quote) height += 12 + lines(data.quote, 21, 3) * 37;
  if (data.citation) height += 8 + lines(data.citation, 28) * 32;
  // The verdict's percentage and label sit on the kind's line, a little taller than the kind alone.
  if (data.strength !== undefined || data.status !== undefined) height += 8;
  return height;
}

const cache = new Map<string, number>();

/**
 * A node's height as the browser draws it: the node's markup (as {@link ProjectorNode} renders
 * it) is put in a hidden box with the projector's styles and measured. Exact where the estimate is
 * not (fonts, word breaks), so rows never run into each other. Falls back to
 * {@link estimateProjectorHeight} without a layout engine (jsdom). Heights are cached by content.
 */
export function measureProjectorHeight(data: ProjectorNodeData): number {
  const key = JSON.stringify([
    data.kind,
    data.text,
    data.quote,
    data.citation,
    data.strength !== undefined,
    data.status,
  ]);
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (typeof document === 'undefined') return estimateProjectorHeight(data);
  const host = document.createElement('div');
  host.className = 'present present-measure';
  host.setAttribute('aria-hidden', 'true');
  const node = document.createElement('div');
  node.className = `pnode pnode--${data.kind} pnode--focused`;
  const add = (tag: string, className: string, text: string) => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    node.append(element);
  };
  const head = document.createElement('div');
  head.className = 'pnode__head';
  head.innerHTML = '<div class="pnode__kind">Question</div>';
  if (data.status) {
    const status = document.createElement('div');
    status.className = `pnode__status pnode__status--${data.status}`;
    status.textContent = STATUS_LABEL[data.status];
    head.append(status);
  }
  if (data.strength !== undefined) head.innerHTML += '<div class="pnode__strength"><span>100%</span></div>';
  node.append(head);
  add('p', 'pnode__text', data.text);
  if (data.quote) add('blockquote', 'pnode__quote', `“${data.quote}”`);
  if (data.citation) add('p', 'pnode__cite', `— ${data.citation}`);
  host.append(node);
  document.body.append(host);
  const height = node.getBoundingClientRect().height;
  host.remove();
  if (!(height > 0)) return estimateProjectorHeight(data);
  cache.set(key, height);
  return height;
}
