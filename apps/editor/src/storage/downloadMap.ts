import type { ArgMap } from '@argmap/core';
import { downloadText } from '../files/download.ts';
import { fileNameFor } from '../files/fileName.ts';

/**
 * Downloads a map as `.argmap.json`, written here rather than through the formats package so it
 * works even when that package cannot load — this is the escape hatch when storage fails.
 */
export function downloadMapFile(map: ArgMap): void {
  downloadText(
    `${JSON.stringify(map, null, 2)}\n`,
    fileNameFor(map.meta.title, '.argmap.json'),
    'application/json',
  );
}

/** Downloads whatever was stored before a repair, untouched, so nothing is ever lost for good. */
export function downloadBackup(raw: unknown, title: string): void {
  downloadText(
    `${JSON.stringify(raw, null, 2) ?? 'null'}\n`,
    fileNameFor(`${title} original`, '.json'),
    'application/json',
  );
}
