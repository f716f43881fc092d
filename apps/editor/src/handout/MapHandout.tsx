import type { ArgMap } from '@argmap/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { HandoutHeader, SourcesList } from './HandoutHeader.tsx';
import { HandoutNode, PRINT_NODE_WIDTH } from './HandoutNode.tsx';
import type { HandoutFacts } from './handoutFacts.ts';
import { packSheets } from './mapPages.ts';
import { mapPanels } from './mapPanels.ts';
import { PanelDrawing } from './PanelDrawing.tsx';
import { type MeasuredHeights, printSizeOf } from './printSizes.ts';

/**
 * The printable area of a landscape A4 sheet inside the print stylesheet's 12 mm margins
 * (273 × 186 mm at 96 px an inch), less a little for rounding.
 */
export const MAP_SHEET = { width: 1024, height: 680 };
const HEADING = 22;
const GAP = 14;

/**
 * The map on paper, drawn as the canvas draws it at a size read at arm's length (10 pt): in
 * panels that each fit a landscape A4 sheet, so nothing is shrunk and no page break cuts a node.
 * A tree that fits is one panel; a bigger one is drawn a level at a time, each reason's own tree
 * in a later panel ("Its reasons: part 7"). The browser measures every box first (fonts, wrapping),
 * then the panels are laid out and packed onto sheets.
 */
export function MapHandout({ map, facts }: { map: ArgMap; facts: HandoutFacts }) {
  const measure = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<{ map: ArgMap; heights: MeasuredHeights; header: number }>();
  useLayoutEffect(() => {
    const host = measure.current;
    if (!host) return;
    const heights = new Map<string, [number, number]>();
    for (const box of host.querySelectorAll<HTMLElement>('[data-measure]')) {
      const [id, noted] = JSON.parse(box.dataset.measure ?? '[]') as [string, boolean];
      const pair = heights.get(id) ?? [0, 0];
      pair[noted ? 1 : 0] = Math.ceil(box.getBoundingClientRect().height);
      heights.set(id, pair);
    }
    const header = host.querySelector<HTMLElement>('.handout__header');
    setMeasured({ map, heights, header: Math.ceil(header?.getBoundingClientRect().height ?? 0) });
  }, [map]);

  const ready = measured?.map === map ? measured : undefined;
  const panels = useMemo(
    () =>
      ready
        ? mapPanels(map, {
            room: { width: MAP_SHEET.width, height: MAP_SHEET.height - HEADING },
            sizeOf: printSizeOf(ready.heights),
          })
        : [],
    [map, ready],
  );
  const sheets = useMemo(
    () =>
      ready
        ? packSheets(
            panels.map((panel) => ({ width: panel.width, height: panel.height })),
            { page: MAP_SHEET, heading: HEADING, gap: GAP, firstSheetTaken: ready.header + GAP },
          )
        : [],
    [panels, ready],
  );
  const partOf = (index: number) => index + 1;
  // Where each panel carries on from: the panel that sent its root here, or the panel that drew
  // the same root with its first reasons.
  const parentPart = new Map<number, number>();
  const firstOfRoot = new Map<string, number>();
  panels.forEach((panel, index) => {
    for (const target of panel.continued.values()) parentPart.set(target, index);
    const first = firstOfRoot.get(panel.root);
    if (first === undefined) firstOfRoot.set(panel.root, index);
    else if (!parentPart.has(index)) parentPart.set(index, first);
  });

  if (!ready) {
    return (
      <div className="handout handout--map handout-measure" ref={measure} aria-hidden="true">
        <HandoutHeader map={map} facts={facts} kind="map" />
        {map.nodes.toArray().flatMap((node) =>
          [false, true].map((noted) => (
            <div
              key={`${node.id}:${noted}`}
              className="map-panel__box map-panel__box--measure"
              style={{ width: PRINT_NODE_WIDTH[node.kind] }}
              data-measure={JSON.stringify([node.id, noted])}
            >
              <HandoutNode node={node} facts={facts} note={noted ? 'Its reasons: part 99' : undefined} />
            </div>
          )),
        )}
      </div>
    );
  }

  return (
    <article className="handout handout--map" aria-label={`Map handout: ${map.meta.title}`}>
      {sheets.map((sheet, s) => (
        <section
          className="handout__page handout__page--landscape"
          // biome-ignore lint/suspicious/noArrayIndexKey: sheets are rebuilt whole; the index is the sheet number.
          key={s}
          aria-label={`Sheet ${s + 1} of ${sheets.length}`}
        >
          {s === 0 ? <HandoutHeader map={map} facts={facts} kind="map" /> : null}
          {sheet.shelves.map((shelf) => (
            <div className="map-shelf" key={shelf.join()}>
              {shelf.map((index) => {
                const panel = panels[index];
                if (!panel) return null;
                const from = parentPart.get(index);
                return (
                  <figure className="map-panel" key={index} aria-label={`Part ${partOf(index)}`}>
                    <figcaption className="map-panel__heading">
                      Part {partOf(index)}
                      {from === undefined ? '' : ` · continues part ${partOf(from)}`}
                    </figcaption>
                    <PanelDrawing map={map} panel={panel} facts={facts} partOf={partOf} />
                  </figure>
                );
              })}
            </div>
          ))}
        </section>
      ))}
      <section className="handout__page handout__page--landscape handout__page--flow">
        <SourcesList facts={facts} />
      </section>
    </article>
  );
}
