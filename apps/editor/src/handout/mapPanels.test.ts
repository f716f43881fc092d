import { exportControlsExample } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryMap } from '../../../../packages/core/test/arbitraries.ts';
import { mapPanels, type Panel } from './mapPanels.ts';
import { estimatePrintSize } from './printSizes.ts';

const ROOM = { width: 1024, height: 658 };

/** What a reader of the printed map would object to, as sentences. */
function problems(map: typeof exportControlsExample, panels: Panel[]): string[] {
  const out: string[] = [];
  const drawn = new Set(panels.flatMap((panel) => panel.boxes.map((box) => box.id)));
  for (const id of map.nodes.keys()) if (!drawn.has(id)) out.push(`${id} is in no panel`);
  panels.forEach((panel, i) => {
    const lone = panel.boxes.length === 1;
    if (!lone && (panel.width > ROOM.width || panel.height > ROOM.height)) out.push(`panel ${i} is too big`);
    for (const box of panel.boxes) {
      if (
        box.x < 0 ||
        box.y < 0 ||
        box.x + box.width > panel.width + 0.01 ||
        box.y + box.height > panel.height + 0.01
      )
        out.push(`${box.id} sticks out of panel ${i}`);
    }
    for (const [id, target] of panel.continued) {
      if (!(target > i) || panels[target]?.root !== id) out.push(`panel ${i} sends ${id} to panel ${target}`);
    }
  });
  return out;
}

describe('mapPanels', () => {
  it('draws every node of the example at print size, in panels that each fit a landscape sheet', () => {
    const panels = mapPanels(exportControlsExample, { room: ROOM, sizeOf: estimatePrintSize });
    expect(problems(exportControlsExample, panels)).toEqual([]);
    // The question and its answers come first; the big trees are drawn a level at a time.
    expect(panels[0]?.root).toBe('q');
    expect(panels[0]?.boxes.map((box) => box.id)).toContain('p-work');
    expect(panels.length).toBeLessThan(exportControlsExample.nodes.size / 3);
  });

  it('gives a reason drawn without its own reasons a note of where they continue, and sizes it so', () => {
    const noted: string[] = [];
    mapPanels(exportControlsExample, {
      room: ROOM,
      sizeOf: (node, withNote) => {
        if (withNote) noted.push(node.id);
        return estimatePrintSize(node, withNote);
      },
    });
    const panels = mapPanels(exportControlsExample, { room: ROOM, sizeOf: estimatePrintSize });
    const continued = panels.flatMap((panel) => [...panel.continued.keys()]);
    expect(continued.length).toBeGreaterThan(0);
    for (const id of continued) expect(noted).toContain(id);
  });

  // Any room two boxes wide: a page is (a landscape sheet is over three).
  it('keeps every node, never overfills a panel and points continuations forward, for any map', () => {
    fc.assert(
      fc.property(arbitraryMap(25), fc.integer({ min: 700, max: 1200 }), (map, width) => {
        const room = { width, height: ROOM.height };
        const panels = mapPanels(map, { room, sizeOf: estimatePrintSize });
        const drawn = new Set(panels.flatMap((panel) => panel.boxes.map((box) => box.id)));
        expect([...map.nodes.keys()].filter((id) => !drawn.has(id))).toEqual([]);
        for (const [i, panel] of panels.entries()) {
          if (panel.boxes.length > 1) {
            expect(panel.width).toBeLessThanOrEqual(room.width);
            expect(panel.height).toBeLessThanOrEqual(room.height);
          }
          for (const [id, target] of panel.continued) {
            expect(target).toBeGreaterThan(i);
            expect(panels[target]?.root).toBe(id);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
