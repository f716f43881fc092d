import { type ArgMap, exportControlsExample } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvOptions, csvField, exportCsv as exportCsvResult } from './csvExport.ts';
import { schoolPhonesMap } from './testMap.ts';

// A strict RFC 4180 reader, to check the output parses back.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i++;
      continue;
    }
    if (char === '"' && field.length === 0) quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`stray ${JSON.stringify(char)} at ${i}`);
    } else field += char;
    i++;
  }
  if (field.length > 0 || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

// The CSV text; every map here is valid, so the export cannot fail.
function exportCsv(map: ArgMap, options?: CsvOptions): string {
  const result = exportCsvResult(map, options);
  if (!result.ok) throw new Error('export failed');
  return result.value;
}

describe('exportCsv', () => {
  it('writes a header and one row per evidence node with its full citation', () => {
    const rows = parseCsv(exportCsv(schoolPhonesMap()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'e1',
      'Students near devices score lower',
      'Students who were distracted by other students using digital devices scored lower.',
      'study',
      'OECD',
      '',
      'PISA 2022 Results',
      'OECD Publishing',
      '2023',
      'https://www.oecd.org/pisa/',
      'supports: Phones distract students from lessons',
      '0.5',
    ]);
  });

  it('has one row per evidence node of the example map', () => {
    const rows = parseCsv(exportCsv(exportControlsExample));
    const evidence = exportControlsExample.nodes.toArray().filter((node) => node.kind === 'evidence');
    expect(rows.length - 1).toBe(evidence.length);
  });

  it('neutralises spreadsheet formulas with a leading quote', () => {
    for (const formula of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(csvField(formula).replace(/^"|"$/gu, '')).toBe(`'${formula}`);
    }
    expect(csvField('plain')).toBe('plain');
    const map = schoolPhonesMap({ e1: '=HYPERLINK("http://evil","click")' });
    expect(parseCsv(exportCsv(map))[1]?.[1]).toBe('\'=HYPERLINK("http://evil","click")');
  });

  it('can start with a byte-order mark for Excel', () => {
    expect(exportCsv(schoolPhonesMap(), { bom: true }).startsWith('\uFEFFid,')).toBe(true);
    expect(exportCsv(schoolPhonesMap()).startsWith('id,')).toBe(true);
  });

  it('round-trips any text through RFC 4180 quoting (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, quote) => {
        const map = schoolPhonesMap({ e1: text });
        const e1 = map.nodes.get('e1');
        if (e1?.evidence) e1.evidence.quote = quote;
        const row = parseCsv(exportCsv(map))[1];
        // What a spreadsheet should see: the text, with a leading ' if it could start a formula.
        const guarded = (s: string) => (/^[=+\-@\t\r]/u.test(s) ? `'${s}` : s);
        expect(row?.[1]).toBe(guarded(text));
        expect(row?.[2]).toBe(guarded(quote));
      }),
    );
  });
});
