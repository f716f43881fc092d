/**
 * `@argmap/formats`: pure adapters between Argmap maps and other formats, in a registry.
 * No file I/O: the CLI and the editor read and write files; adapters turn text into maps and back.
 *
 * @packageDocumentation
 */

export type { FormatAdapter, ParseOptions } from './adapter.ts';
export { DEFAULT_MAX_INPUT_LENGTH } from './adapter.ts';
export { aifFormat, parseAif } from './aif/aifFormat.ts';
export { serializeAif } from './aif/serializeAif.ts';
export { argdownFormat, parseArgdown } from './argdown/argdownFormat.ts';
export { serializeArgdown } from './argdown/serializeArgdown.ts';
export { CSV_COLUMNS, type CsvOptions, csvField, csvFormat, exportCsv } from './export/csvExport.ts';
export { dotFormat, escapeDot, exportDot } from './export/dotExport.ts';
export { exportFormats } from './export/exporters.ts';
export { EXPORT_LOSS_CODES } from './export/exportLosses.ts';
export { escapeMarkdown, escapeMarkdownBlock } from './export/markdownEscape.ts';
export { exportMarkdown, markdownFormat } from './export/markdownExport.ts';
export { escapeMermaidLabel, exportMermaid, mermaidFormat } from './export/mermaidExport.ts';
export { exportSvg, MAX_SVG_NODES, type SvgOptions, svgFormat } from './export/svgExport.ts';
export { escapeXml } from './export/xmlEscape.ts';
export { argumentName, type FrameworkArrays, MAX_ARGUMENTS } from './iccma/frameworkArrays.ts';
export {
  apxFormat,
  FRAMEWORK_READERS,
  iccmaFormat,
  parseApx,
  parseIccma,
  parseTgf,
  tgfFormat,
} from './iccma/iccmaFormats.ts';
export { readApx } from './iccma/readApx.ts';
export { type FrameworkRead, readFrameworkBytes } from './iccma/readFrameworkBytes.ts';
export { readIccma } from './iccma/readIccma.ts';
export { readIccmaBytes } from './iccma/readIccmaBytes.ts';
export { readTgf } from './iccma/readTgf.ts';
export { serializeApx } from './iccma/serializeApx.ts';
export { serializeIccma } from './iccma/serializeIccma.ts';
export { serializeTgf } from './iccma/serializeTgf.ts';
export { importFormats } from './importers.ts';
export { checkTextInput, decodeUtf8, lineColumnAt } from './input.ts';
export { argmapJsonFormat, parseArgmapJson, serializeArgmapJson } from './json/argmapJsonFormat.ts';
export { locateJsonPath, withJsonPositions } from './json/locateJsonPath.ts';
export { parseJsonText } from './json/parseJsonText.ts';
export { kialoFormat, parseKialo, unescapeKialo } from './kialo/kialoFormat.ts';
export { findFormat, formatForFilename, formats } from './registry.ts';
export { TOURS_DROPPED, toursDropped } from './toursDropped.ts';
