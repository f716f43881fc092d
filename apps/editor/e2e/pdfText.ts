import { execFileSync } from 'node:child_process';

/** One word of a PDF page as poppler sees it: its text and the height of its box, in points. */
export interface PdfWord {
  text: string;
  height: number;
}

/**
 * The words of every page of a PDF, in poppler's reading order (`pdftotext -bbox-layout`: flows,
 * blocks, lines). poppler-utils is required: a missing `pdftotext` throws, it never skips.
 */
export function pdfWords(file: string): PdfWord[][] {
  let xhtml: string;
  try {
    xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    throw new Error(
      `pdftotext failed (${String(error)}). It comes with poppler-utils (Debian: apt-get install poppler-utils).`,
    );
  }
  return xhtml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ text: decode(m[4] ?? ''), height: Number(m[3]) - Number(m[2]) })),
    );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text compared without spaces or typographic quote and dash variants: line breaks move spaces. */
export function squeeze(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑–]/g, '-').replace(/\s+/g, '');
}

/**
 * Where `text` lies whole on one page: the page's index and the heights of the words it covers,
 * or undefined when no single page holds all of it in order (it is missing, or a page break cut
 * it). Words are joined without spaces, so a line wrapped anywhere still matches.
 */
export function findOnOnePage(
  pages: PdfWord[][],
  text: string,
): { page: number; heights: number[] } | undefined {
  const wanted = squeeze(text);
  for (const [page, words] of pages.entries()) {
    let joined = '';
    const owner: number[] = [];
    words.forEach((word, i) => {
      const part = squeeze(word.text);
      joined += part;
      for (let k = 0; k < part.length; k++) owner.push(i);
    });
    const at = joined.indexOf(wanted);
    if (at < 0) continue;
    const covered = new Set(owner.slice(at, at + wanted.length));
    return { page, heights: [...covered].map((i) => words[i]?.height ?? 0) };
  }
  return undefined;
}
