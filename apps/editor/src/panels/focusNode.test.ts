import { afterEach, describe, expect, it } from 'vitest';
import { focusNode } from './focusNode.ts';

/** A React Flow stand-in whose node is measured only after `measuredAfter` lookups. */
function flowMeasuringAfter(measuredAfter: number) {
  let lookups = 0;
  const centred: number[][] = [];
  return {
    centred,
    flow: {
      getInternalNode: () => {
        lookups += 1;
        const width = lookups > measuredAfter ? 200 : 0;
        return { measured: { width, height: 80 }, internals: { positionAbsolute: { x: 0, y: 0 } } } as never;
      },
      setCenter: async (x: number, y: number) => {
        centred.push([x, y]);
        return true;
      },
    },
  };
}

function drawNode(id: string) {
  const node = document.createElement('div');
  node.className = 'react-flow__node';
  node.dataset.id = id;
  node.tabIndex = 0;
  document.body.append(node);
  return node;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('focusNode', () => {
  it('centres on the node and focuses it once it is drawn', async () => {
    const node = drawNode('a');
    const { flow, centred } = flowMeasuringAfter(3);
    expect(await focusNode(flow, 'a')).toBe('focused');
    expect(document.activeElement).toBe(node);
    expect(centred).toEqual([[100, 40]]);
  });

  it('leaves focus where the student put it while it waited (a text field they are typing in)', async () => {
    drawNode('a');
    const field = document.createElement('textarea');
    document.body.append(field);
    const { flow, centred } = flowMeasuringAfter(3);
    const done = focusNode(flow, 'a');
    field.focus();
    expect(await done).toBe('dropped');
    expect(document.activeElement).toBe(field);
    expect(centred).toEqual([]);
  });
});
