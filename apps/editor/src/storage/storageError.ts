/**
 * Why the browser refused to store a map, as a value the UI can show. Saving never throws: the
 * editor keeps the map in memory and offers a file download instead.
 *
 * @module
 */

/** Stable codes for the ways storage fails. */
export type StorageErrorCode = 'quota-exceeded' | 'storage-unavailable' | 'storage-failed';

/** A failed read or write, with a sentence a student can act on. */
export interface StorageError {
  code: StorageErrorCode;
  /** Plain words for the student; says their map is still open. */
  message: string;
  /** The browser's own description, for a teacher or a bug report. */
  detail: string;
}

const MESSAGES: Record<StorageErrorCode, string> = {
  'quota-exceeded':
    'Your browser is out of space for saved maps. Your map is still open: download it as a file, then delete maps you no longer need.',
  'storage-unavailable':
    'This browser is not letting Argmap save (private browsing or blocked site data). Your map is still open: download it as a file to keep it.',
  'storage-failed':
    'Saving to this browser failed. Your map is still open: download it as a file to keep it.',
};

/**
 * Names the failure behind an exception thrown by IndexedDB. Quota errors carry the DOMException
 * name `QuotaExceededError` (Firefox once used `NS_ERROR_DOM_QUOTA_REACHED`); private modes and
 * blocked site data surface as `SecurityError`, `InvalidStateError` or a missing `indexedDB`.
 */
export function toStorageError(error: unknown): StorageError {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const code: StorageErrorCode =
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
      ? 'quota-exceeded'
      : name === 'SecurityError' ||
          name === 'InvalidStateError' ||
          name === 'NotFoundError' ||
          (error instanceof ReferenceError && /indexedDB/.test(error.message))
        ? 'storage-unavailable'
        : 'storage-failed';
  return { code, message: MESSAGES[code], detail };
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
  );
}
