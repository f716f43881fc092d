/**
 * The example map the editor opens with, read from the repository as a plain document, so that a
 * test knows what must be on screen or on paper (its titles, quotes, kinds).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArgMapDocument } from '@argmap/core';

export const exampleMap = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL('../../../packages/core/src/examples/export-controls.argmap.json', import.meta.url),
    ),
    'utf8',
  ),
) as ArgMapDocument;
