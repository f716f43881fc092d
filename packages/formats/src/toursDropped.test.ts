import type { ArgMap, Diagnostic, Tour } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schoolPhonesMap } from './export/testMap.ts';
import { formats } from './registry.ts';
import { TOURS_DROPPED, toursDropped } from './toursDropped.ts';

function tour(title: string, nodes: string[] = ['q']): Tour {
  return { id: `t-${title}`, title, steps: [{ id: 's1', nodes }] };
}

function toured(...titles: string[]): ArgMap {
  return { ...schoolPhonesMap(), tours: titles.map((title) => tour(title)) };
}

function warningsOf(written: string | { ok: boolean; diagnostics: Diagnostic[] } | undefined): Diagnostic[] {
  if (written === undefined || typeof written === 'string') return [];
  return written.diagnostics.filter((d) => d.code === TOURS_DROPPED);
}

// The writers that keep a map's tours: Argmap JSON as data, the Markdown outline as readable steps.
const KEEP_TOURS = ['argmap-json', 'markdown'];

describe('toursDropped', () => {
  it('names the tours, the format and the way to keep them', () => {
    expect(toursDropped(toured('Class walk-through', 'Recap'), 'Mermaid')).toEqual([
      {
        severity: 'warning',
        code: 'tours-dropped',
        message:
          "This map has 2 tours ('Class walk-through', 'Recap'); Mermaid cannot hold tours, so they are not in the exported file — save as .argmap.json to keep them.",
      },
    ]);
  });

  it('speaks of one tour in the singular', () => {
    expect(toursDropped(toured('Walk-through'), 'SVG')[0]?.message).toBe(
      "This map has 1 tour ('Walk-through'); SVG cannot hold tours, so it is not in the exported file — save as .argmap.json to keep it.",
    );
  });

  it('names three tours at most, each on one short line', () => {
    const long = `A very long\ntour title that goes on and on ${'and on '.repeat(10)}`;
    const [warning] = toursDropped(toured(long, '', 'Three', 'Four', 'Five'), 'CSV');
    expect(warning?.message).toContain(
      "This map has 5 tours ('A very long tour title that goes on and…', 'untitled', 'Three' and 2 more);",
    );
    expect(warning?.message).not.toContain('\n');
  });

  it('gives one single-line warning with the right count, whatever the titles', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }), (titles) => {
        const warnings = toursDropped(toured(...titles), 'DOT');
        expect(warnings).toHaveLength(1);
        const message = warnings[0]?.message ?? '';
        expect(message).toMatch(new RegExp(`^This map has ${titles.length} tours? \\(`, 'u'));
        expect(message).not.toMatch(/[\r\n]/u);
        expect(message).toContain('DOT cannot hold tours');
      }),
    );
  });

  it('says nothing about a map without tours, or with an empty list of them', () => {
    expect(toursDropped(schoolPhonesMap(), 'AIF')).toEqual([]);
    expect(toursDropped({ ...schoolPhonesMap(), tours: [] }, 'AIF')).toEqual([]);
  });
});

describe('every writer and tours', () => {
  const writers = formats.filter((format) => format.serialize);

  it.each(
    writers.filter((format) => !KEEP_TOURS.includes(format.id)).map((format) => [format.id, format] as const),
  )('%s warns once that it left the tours out', (_id, format) => {
    const warnings = warningsOf(format.serialize?.(toured('Class walk-through', 'Recap')));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("('Class walk-through', 'Recap')");
  });

  it.each(writers.map((format) => [format.id, format] as const))(
    '%s gives no tours warning for a map without tours',
    (_id, format) => {
      expect(warningsOf(format.serialize?.(schoolPhonesMap()))).toEqual([]);
    },
  );

  it('leaves only Argmap JSON and Markdown keeping tours', () => {
    const silent = writers
      .filter((format) => warningsOf(format.serialize?.(toured('Recap'))).length === 0)
      .map((format) => format.id);
    expect(silent.sort()).toEqual([...KEEP_TOURS].sort());
  });
});
