/**
 * A file name for a map: its title in lower case, words joined by dashes, with the extension.
 * Characters that some file systems refuse (`/ \ : * ? " < > |`) and control characters are dropped.
 */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize('NFKC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 80);
  return `${stem || 'argument-map'}${extension}`;
}
