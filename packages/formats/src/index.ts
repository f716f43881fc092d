/**
 * `@argmap/formats`: pure adapters between Argmap maps and other formats, in a registry.
 * No file I/O: the CLI and the editor read and write files; adapters turn text into maps and back.
 *
 * @packageDocumentation
 */

export type { FormatAdapter, ParseOptions } from './adapter.ts';
export { DEFAULT_MAX_INPUT_LENGTH } from './adapter.ts';
export { checkTextInput, decodeUtf8, lineColumnAt } from './input.ts';
export { argmapJsonFormat, parseArgmapJson, serializeArgmapJson } from './json/argmapJsonFormat.ts';
export { parseJsonText } from './json/parseJsonText.ts';
export { findFormat, formatForFilename, formats } from './registry.ts';
