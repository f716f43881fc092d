import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packSheets } from './mapPages.ts';

const metrics = { page: { width: 1000, height: 700 }, heading: 20, gap: 10, firstSheetTaken: 100 };

describe('packSheets', () => {
  it('puts panels side by side while they fit across, then below, then on the next sheet', () => {
    const sizes = [
      { width: 400, height: 200 },
      { width: 500, height: 300 },
      { width: 600, height: 250 },
      { width: 300, height: 300 },
    ];
    // 400 + 500 fit across a 1,000 px sheet; 600 does not fit beside them, so it starts a row
    // with 300 beside it; that row does not fit under the title and the first row: next sheet.
    expect(packSheets(sizes, metrics)).toEqual([{ shelves: [[0, 1]] }, { shelves: [[2, 3]] }]);
    expect(packSheets(sizes, { ...metrics, firstSheetTaken: 0 })).toEqual([
      {
        shelves: [
          [0, 1],
          [2, 3],
        ],
      },
    ]);
  });

  it('keeps reading order and never fills a sheet past its height, for any panels that fit a sheet', () => {
    const size = fc.record({
      width: fc.integer({ min: 50, max: 1000 }),
      height: fc.integer({ min: 20, max: 680 }),
    });
    fc.assert(
      fc.property(fc.array(size, { maxLength: 30 }), (sizes) => {
        const sheets = packSheets(sizes, metrics);
        expect(sheets.flatMap((sheet) => sheet.shelves.flat())).toEqual(sizes.map((_, i) => i));
        sheets.forEach((sheet, s) => {
          const rows = sheet.shelves.map((shelf) => Math.max(...shelf.map((i) => sizes[i]?.height ?? 0)));
          const used =
            (s === 0 ? metrics.firstSheetTaken : 0) +
            rows.reduce((sum, h) => sum + h + metrics.heading, 0) +
            metrics.gap * (rows.length - (s === 0 ? 0 : 1));
          // A sheet holds what fits, except the first row of the first sheet when the title left no room.
          if (!(s === 0 && rows.length === 1)) expect(used).toBeLessThanOrEqual(metrics.page.height);
          for (const shelf of sheet.shelves) {
            const across =
              shelf.reduce((sum, i) => sum + (sizes[i]?.width ?? 0), 0) + metrics.gap * (shelf.length - 1);
            if (shelf.length > 1) expect(across).toBeLessThanOrEqual(metrics.page.width);
          }
        });
      }),
    );
  });
});
