import { DEFAULT_MAX_CHARS, type Diagnostic } from '@argmap/core';
import type { Persistence } from '../storage/persistence.ts';
import { readMapFile } from './readMapFile.ts';

/** Largest file the editor reads, in bytes: the same cap as the core's parser, in characters. */
export const MAX_FILE_BYTES = DEFAULT_MAX_CHARS;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Opens a picked or dropped file as a new stored map. A file with any error changes nothing: its
 * problems are shown with line and column, and the open map stays exactly as it was. A file that
 * opens with warnings (something the format could not carry, a repaired part) opens, and the
 * warnings are shown.
 */
export async function openMapFile(file: File, persistence: Persistence): Promise<boolean> {
  const refuse = (message: string): false => {
    const diagnostics: Diagnostic[] = [{ severity: 'error', code: 'file-too-large', message }];
    persistence.notify({ kind: 'file-problems', fileName: file.name, diagnostics });
    return false;
  };
  // Checked before reading: a 2 GB video dropped by mistake must not be loaded into memory first.
  if (file.size > MAX_FILE_BYTES) {
    return refuse(
      `This file is ${megabytes(file.size)}, more than the ${megabytes(MAX_FILE_BYTES)} Argmap opens. Is it really a map?`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readBytes(file));
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unknown error';
    persistence.notify({
      kind: 'file-problems',
      fileName: file.name,
      diagnostics: [
        {
          severity: 'error',
          code: 'file-unreadable',
          message: `The browser could not read this file (${detail}).`,
        },
      ],
    });
    return false;
  }
  // A file can grow between the check and the read; what was actually read is what counts.
  if (bytes.byteLength > MAX_FILE_BYTES)
    return refuse(`This file is larger than the ${megabytes(MAX_FILE_BYTES)} Argmap opens.`);
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
