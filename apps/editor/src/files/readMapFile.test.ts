import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { readMapFile } from './readMapFile.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readMapFile', () => {
  it('opens an .argmap.json file exactly', async () => {
    const result = await readMapFile({
      name: 'export.argmap.json',
      bytes: bytes(JSON.stringify(exportControlsExample, null, 2)),
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.map).toEqual(exportControlsExample);
      expect(result.value.format.id).toBe('argmap-json');
    }
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const result = await readMapFile({
      name: 'broken.argmap.json',
      bytes: bytes('{\n  "format": "argmap",\n  oops\n}'),
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 3, column: 3 });
  });

  it('refuses an .argmap.json whose links dangle, naming each one', async () => {
    const broken = { ...exportControlsExample };
    broken.edges = broken.edges.set('bad', { id: 'bad', kind: 'supports', source: 'nowhere', target: 'q' });
    const result = await readMapFile({ name: 'map.argmap.json', bytes: bytes(JSON.stringify(broken)) });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'dangling-edge',
        path: expect.arrayContaining(['edges', 'bad']),
        message: expect.stringContaining('nowhere'),
      }),
    ]);
  });

  it('opens an Argmap map renamed to .json as Argmap, not as AIF', async () => {
    const result = await readMapFile({
      name: 'map.json',
      bytes: bytes(JSON.stringify(exportControlsExample)),
    });
    expect(result.ok && result.value.format.id).toBe('argmap-json');
  });

  it('imports Argdown', async () => {
    const result = await readMapFile({
      name: 'debate.argdown',
      bytes: bytes('[Tax]: We should tax sugar.\n  + <Health>: Sugar harms health.\n'),
    });
    expect(result.ok && result.value.format.id).toBe('argdown');
    expect(result.ok && result.value.map.nodes.toArray().map((n) => n.text)).toEqual(
      expect.arrayContaining(['We should tax sugar.']),
    );
  });

  it('says which formats it reads when the extension is unknown', async () => {
    const result = await readMapFile({ name: 'notes.docx', bytes: bytes('PK') });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/Argmap JSON/);
  });

  it('reports invalid UTF-8 instead of garbling it', async () => {
    const result = await readMapFile({ name: 'x.argmap.json', bytes: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(result).toMatchObject({ ok: false, diagnostics: [{ code: 'invalid-utf8' }] });
  });
});
