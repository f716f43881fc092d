import type { Persistence } from '../storage/persistence.ts';
import { readMapFile } from './readMapFile.ts';

/**
 * Opens a picked or dropped file as a new stored map. A file with any error changes nothing: its
 * problems are shown with line and column, and the open map stays exactly as it was. A file that
 * opens with warnings (something the format could not carry, a repaired part) opens, and the
 * warnings are shown.
 */
export async function openMapFile(file: File, persistence: Persistence): Promise<boolean> {
  const bytes = new Uint8Array(await readBytes(file));
  const result = await readMapFile({ name: file.name, bytes });
  if (!result.ok) {
    persistence.notify({ kind: 'file-problems', fileName: file.name, diagnostics: result.diagnostics });
    return false;
  }
  await persistence.openNew(result.value.map);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0)
    persistence.notify({ kind: 'file-warnings', fileName: file.name, diagnostics: warnings });
  return true;
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  // jsdom's File lacks arrayBuffer(); FileReader is the older route every browser has.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
