/**
 * A CSV of the map's evidence with full citations: a bibliography a student can sort and filter in
 * a spreadsheet.
 *
 * @module
 */
import { type ArgMap, ok, type Result } from '@argmap/core';
import type { FormatAdapter } from '../adapter.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { toursDropped } from '../toursDropped.ts';
import { oneLine, safeHttpUrl } from './citation.ts';
import { type ExportLossSpec, exportLosses } from './exportLosses.ts';
import { inert, invisibleTextWarning } from './inertText.ts';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'statement',
  'quote',
  'evidence_kind',
  'speaker',
  'role',
  'title',
  'outlet',
  'date',
  'url',
  'bears_on',
  'credibility',
] as const;

/**
 * One CSV field, safe for spreadsheets and RFC 4180 parsers. A value starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and Google Sheets show
 * it as text instead of running it as a formula (CSV injection). Then a value holding a comma,
 * quote, CR or LF is quoted, with inner quotes doubled.
 */
export function csvField(raw: string): string {
  const value = inert(raw, '\n\r\t');
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Options of {@link exportCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark so Excel on Windows reads accents and curly quotes right
   * (default `false`: RFC 4180 and most tools do without).
   */
  bom?: boolean;
}

/**
 * Renders the evidence of `map` as CSV (RFC 4180: CRLF line ends, a header row), one row per
 * evidence node in map order. `bears_on` lists what the evidence supports or opposes (`supports: …; opposes: …`);
 * `credibility` is the node's base score. Quotes keep their line breaks (inside a quoted field).
 * A table of evidence has no room for tours: a warning says they were left out.
 */
export function exportCsv(map: ArgMap, options: CsvOptions = {}): Result<string> {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const edges = map.edges.toArray();
  for (const node of map.nodes.toArray()) {
    if (node.kind !== 'evidence') continue;
    const source = node.evidence?.source ?? {};
    const bearsOn = edges
      .filter((edge) => edge.source === node.id && edge.kind !== 'undercuts')
      .map((edge) => `${edge.kind}: ${oneLine(map.nodes.get(edge.target)?.text ?? edge.target)}`)
      .join('; ');
    const url = source.url ? (safeHttpUrl(source.url) ?? source.url) : '';
    rows.push([
      node.id,
      node.text,
      node.evidence?.quote ?? '',
      node.evidence?.kind ?? '',
      source.speaker ?? '',
      source.role ?? '',
      source.title ?? '',
      source.outlet ?? '',
      source.date ?? '',
      url,
      bearsOn,
      Number.isFinite(node.baseScore) ? String(node.baseScore) : '',
    ]);
  }
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return ok(`${options.bom ? '\uFEFF' : ''}${body}\r\n`, [
    ...exportLosses(map, CSV_LOSES),
    ...invisibleTextWarning(map, 'CSV'),
    ...toursDropped(map, 'CSV'),
  ]);
}

/** What a table of evidence leaves out: everything but the evidence and what it bears on. */
const CSV_LOSES: ExportLossSpec = {
  parts: ['statements', 'statement-relations', 'statement-scores', 'notes', 'tags', 'positions', 'collapsed'],
  meta: ['title', 'description', 'authors', 'language', 'dates'],
};

/** The `csv` export adapter: the evidence table with citations. */
export const csvFormat: FormatAdapter = {
  id: 'csv',
  name: 'CSV of evidence',
  extensions: ['.csv'],
  mediaType: 'text/csv',
  serialize: mapSerializer((map) => exportCsv(map)),
};
