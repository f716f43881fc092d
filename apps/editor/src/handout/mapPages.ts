import type { Size } from '@argmap/layout';

/** One sheet of the map handout: rows ("shelves") of panels, each row a list of panel indexes. */
export interface MapSheet {
  shelves: number[][];
}

/** The page and the room around each panel, in print CSS px. */
export interface SheetMetrics {
  /** The printable area of one sheet. */
  page: Size;
  /** Above each panel: its heading ("Part 3 · …"). */
  heading: number;
  /** Between panels, across and down. */
  gap: number;
  /** Taken at the top of the first sheet (the title and the key). */
  firstSheetTaken: number;
}

/**
 * Packs panels (in reading order) onto sheets: left to right in rows, rows top to bottom, a new
 * sheet when the next row would not fit. A panel is never split, so no node is cut by a page
 * break; a panel is never wider or taller than a sheet (mapPanels cuts them so), except a lone
 * node too big for any page, which gets a sheet of its own.
 */
export function packSheets(sizes: readonly Size[], metrics: SheetMetrics): MapSheet[] {
  const { page, heading, gap } = metrics;
  const sheets: MapSheet[] = [];
  let sheet: MapSheet = { shelves: [] };
  let used = Math.min(metrics.firstSheetTaken, page.height);
  let shelf: number[] = [];
  let shelfWidth = 0;
  let shelfHeight = 0;
  const closeShelf = () => {
    if (shelf.length === 0) return;
    const height = shelfHeight + heading;
    const room = page.height - used - (sheet.shelves.length > 0 || used > 0 ? gap : 0);
    if (height > room && (sheet.shelves.length > 0 || used > 0)) {
      sheets.push(sheet);
      sheet = { shelves: [] };
      used = 0;
    }
    used += (sheet.shelves.length > 0 || used > 0 ? gap : 0) + height;
    sheet.shelves.push(shelf);
    shelf = [];
    shelfWidth = 0;
    shelfHeight = 0;
  };
  sizes.forEach((size, index) => {
    const width = shelfWidth + (shelf.length > 0 ? gap : 0) + size.width;
    if (shelf.length > 0 && width > page.width) closeShelf();
    shelfWidth += (shelf.length > 0 ? gap : 0) + size.width;
    shelfHeight = Math.max(shelfHeight, size.height);
    shelf.push(index);
  });
  closeShelf();
  if (sheet.shelves.length > 0 || sheets.length === 0) sheets.push(sheet);
  return sheets;
}
