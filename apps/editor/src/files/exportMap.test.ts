import { exportControlsExample } from '@argmap/core';
import * as formats from '@argmap/formats';
import { describe, expect, it, vi } from 'vitest';
import { exportMap, exportTargets } from './exportMap.ts';
import { readMapFile } from './readMapFile.ts';

// jsdom cannot draw an SVG on a canvas; the PNG tests are about what the export says, not pixels.
vi.mock('./svgToPng.ts', async () => {
  const { ok } = await import('@argmap/core');
  return { svgToPng: async () => ok(new Blob(['png'], { type: 'image/png' })) };
});

describe('exportMap', () => {
  it('offers Argmap JSON first and every format the formats package writes', () => {
    const targets = exportTargets(formats);
    expect(targets[0]).toMatchObject({ id: 'argmap-json', extension: '.argmap.json' });
    const writers = formats.formats.filter((f) => f.serialize).map((f) => f.id);
    expect(targets.map((t) => t.id)).toEqual(expect.arrayContaining(writers));
  });

  it('round-trips the example map through an .argmap.json export', async () => {
    const exported = await exportMap(exportControlsExample, 'argmap-json', formats);
    if (!exported.ok) throw new Error('export failed');
    expect(exported.value.fileName).toBe('us-export-controls-on-ai-chips-and-deepseek.argmap.json');
    const bytes = await readBlob(exported.value.blob);
    const read = await readMapFile({ name: exported.value.fileName, bytes }, formats);
    expect(read.ok && read.value.map).toEqual(exportControlsExample);
  });

  it('passes on what a format leaves out, naming PNG (not SVG) for a PNG export', async () => {
    const mermaid = await exportMap(exportControlsExample, 'mermaid', formats);
    const said = mermaid.diagnostics.map((d) => d.message);
    expect(said).toContain(
      "This map has 1 tour ('The debate in nine steps'); Mermaid cannot hold tours, so it is not in the exported file — save as .argmap.json to keep it.",
    );
    expect(said.some((message) => /^\d+ evidence quotes left out\.$/u.test(message))).toBe(true);
    const png = await exportMap(exportControlsExample, 'png', formats);
    expect(png.ok && png.value.fileName).toMatch(/\.png$/u);
    const pngSaid = png.diagnostics.map((d) => d.message);
    expect(pngSaid).toContain(
      "This map has 1 tour ('The debate in nine steps'); A PNG image cannot hold tours, so it is not in the exported file — save as .argmap.json to keep it.",
    );
    expect(pngSaid.some((message) => /^\d+ evidence quotes left out\.$/u.test(message))).toBe(true);
    expect(pngSaid.join(' ')).not.toMatch(/SVG/u);
  });

  it('fails plainly for a format it does not know', async () => {
    const result = await exportMap(exportControlsExample, 'docx', formats);
    expect(result).toMatchObject({ ok: false, diagnostics: [{ code: 'unknown-export' }] });
  });
});

/** jsdom's Blob has no arrayBuffer(); FileReader reads it the way older browsers did. */
function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
