import { fail, ok, type Result } from '@argmap/core';

/** Pixel ratio of exported PNGs: 2× stays crisp on slides and high-density screens. */
export const PNG_SCALE = 2;

/** Browsers refuse canvases much beyond this many pixels on a side (Chromium and Safari: 16 384 / 32 767). */
const MAX_SIDE = 16_384;

/** Width and height an SVG document declares, from `width`/`height` or else its `viewBox`. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(root)?.[1];
  const width = Number.parseFloat(attr('width') ?? '');
  const height = Number.parseFloat(attr('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0) {
    return { width: box[2] as number, height: box[3] as number };
  }
  return undefined;
}

/** The scale to draw at: {@link PNG_SCALE}, reduced if the canvas would be larger than browsers allow. */
export function pngScale(size: { width: number; height: number }, wanted = PNG_SCALE): number {
  return Math.min(wanted, MAX_SIDE / size.width, MAX_SIDE / size.height);
}

/**
 * Renders an SVG document to a PNG at {@link PNG_SCALE}×. The SVG is drawn through an `<img>`,
 * where browsers never run scripts or load external resources, so a label that holds markup
 * cannot do anything here either.
 */
export async function svgToPng(svg: string): Promise<Result<Blob>> {
  const size = svgSize(svg);
  if (!size)
    return fail([{ severity: 'error', code: 'png-failed', message: 'The map picture has no size.' }]);
  const scale = pngScale(size);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * scale);
    canvas.height = Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('toBlob returned nothing');
    return ok(blob);
  } catch (error) {
    return fail([
      {
        severity: 'error',
        code: 'png-failed',
        message: `The browser could not draw the map as a PNG (${error instanceof Error ? error.message : String(error)}). Export SVG instead.`,
      },
    ]);
  } finally {
    URL.revokeObjectURL(url);
  }
}
