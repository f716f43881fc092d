import { describe, expect, it } from 'vitest';
import { toStorageError } from './storageError.ts';

describe('toStorageError', () => {
  it('names a full disk', () => {
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).code).toBe('quota-exceeded');
  });
  it('names private mode and blocked storage', () => {
    expect(toStorageError(new DOMException('x', 'SecurityError')).code).toBe('storage-unavailable');
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).code).toBe('storage-unavailable');
    expect(toStorageError(new ReferenceError('indexedDB is not defined')).code).toBe('storage-unavailable');
  });
  it('falls back to a general failure that still says the map is open', () => {
    const error = toStorageError('weird');
    expect(error.code).toBe('storage-failed');
    expect(error.message).toMatch(/still open/);
    expect(error.detail).toBe('weird');
  });
});
