import { describe, expect, it, vi } from 'vitest';
import type { Notice, Persistence } from '../storage/persistence.ts';
import { MAX_FILE_BYTES, openMapFile } from './openMapFile.ts';

function fakePersistence() {
  const notices: Notice[] = [];
  const persistence = {
    notify: (notice: Notice) => notices.push(notice),
    openNew: vi.fn(async () => ({ ok: true, value: undefined })),
  } as unknown as Persistence;
  return { persistence, notices };
}

describe('openMapFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const arrayBuffer = vi.fn();
    const file = { name: 'holiday.mp4', size: MAX_FILE_BYTES + 1, arrayBuffer } as unknown as File;
    const { persistence, notices } = fakePersistence();
    expect(await openMapFile(file, persistence)).toBe(false);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'file-problems',
        diagnostics: [
          expect.objectContaining({ code: 'file-too-large', message: expect.stringMatching(/20\.0 MB/) }),
        ],
      }),
    ]);
  });

  it('reports a file the browser cannot read instead of failing silently', async () => {
    const file = {
      name: 'gone.argmap.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    } as unknown as File;
    const { persistence, notices } = fakePersistence();
    expect(await openMapFile(file, persistence)).toBe(false);
    expect(notices[0]).toMatchObject({ kind: 'file-problems', diagnostics: [{ code: 'file-unreadable' }] });
  });
});
