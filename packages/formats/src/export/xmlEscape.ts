/**
 * Escaping for XML (SVG) text and attribute values.
 *
 * @module
 */

import { showInvisible } from '@argmap/core';

// Characters XML 1.0 forbids outright: C0 controls other than tab, LF and CR; lone surrogates;
// U+FFFE and U+FFFF. Left in, they make the whole SVG fail to parse.
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes any string safe as XML character data or a quoted attribute value: the five markup
 * characters become entities and characters XML cannot hold are dropped. Text escaped this way
 * can never open an element (`<script>`), close an attribute, or start an entity.
 */
export function escapeXml(text: string): string {
  return showInvisible(text, '\n\r\t')
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}
