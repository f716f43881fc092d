import { type ArgMap, fail, ok, type Result } from '@argmap/core';
import { fileNameFor } from './fileName.ts';
import { type Formats, loadFormats } from './formatsLoader.ts';
import { svgToPng } from './svgToPng.ts';

/** One entry of the Export menu. */
export interface ExportTarget {
  /** A format id from `@argmap/formats`, or `png`. */
  id: string;
  /** What the menu says, e.g. "Argdown (.argdown)". */
  label: string;
  extension: string;
}

/** A file ready to download. */
export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** Id of the formats package's SVG writer, which the PNG export draws from. */
export const SVG_FORMAT_ID = 'svg';

/**
 * Everything the map can be exported as: each format the formats package writes (Argmap JSON
 * first), and PNG when an SVG writer exists to draw it from.
 */
export function exportTargets(formats: Formats): ExportTarget[] {
  const writers = formats.formats.filter((f) => f.serialize);
  const targets: ExportTarget[] = writers.map((f) => ({
    id: f.id,
    label: `${f.name} (${f.extensions[0] ?? ''})`,
    extension: f.extensions[0] ?? '.txt',
  }));
  if (writers.some((f) => f.id === SVG_FORMAT_ID))
    targets.push({ id: 'png', label: 'PNG image (.png)', extension: '.png' });
  return targets;
}

/**
 * Writes the whole map (not just what is on screen) in the chosen format. Warnings from a writer
 * that cannot express everything (say, the tours in a Mermaid diagram) are passed on.
 */
export async function exportMap(
  map: ArgMap,
  targetId: string,
  formats?: Formats,
): Promise<Result<ExportedFile>> {
  const lib = formats ?? (await loadFormats());
  const adapterId = targetId === 'png' ? SVG_FORMAT_ID : targetId;
  const adapter = lib.findFormat(adapterId);
  if (!adapter?.serialize) {
    return fail([
      { severity: 'error', code: 'unknown-export', message: `Argmap cannot export as "${targetId}".` },
    ]);
  }
  const written = adapter.serialize(map);
  const result = typeof written === 'string' ? ok(written) : written;
  if (!result.ok) return fail(result.diagnostics);
  if (targetId === 'png') {
    const png = await svgToPng(result.value);
    if (!png.ok) return png;
    // The SVG writer's warning names SVG; the student chose PNG, so say PNG.
    const warnings = [
      ...result.diagnostics.filter((d) => d.code !== lib.TOURS_DROPPED),
      ...lib.toursDropped(map, 'A PNG image'),
    ];
    return ok({ blob: png.value, fileName: fileNameFor(map.meta.title, '.png') }, warnings);
  }
  const blob = new Blob([result.value], { type: `${adapter.mediaType ?? 'text/plain'};charset=utf-8` });
  return ok(
    { blob, fileName: fileNameFor(map.meta.title, adapter.extensions[0] ?? '.txt') },
    result.diagnostics,
  );
}
