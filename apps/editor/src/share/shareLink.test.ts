import { type ArgNode, exportControlsExample, Table, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { bombLink } from '../test/bombLink.ts';
import {
  createShareLink,
  isShareHash,
  MAX_SHARE_LENGTH,
  MAX_SHARED_TEXT,
  readShareHash,
} from './shareLink.ts';

const PAGE = 'https://argmap.example/editor/?x=1#old';

function hashOf(url: string): string {
  return url.slice(url.indexOf('#'));
}

describe('share links', () => {
  it('round-trips the example map through the fragment only', () => {
    const link = createShareLink(exportControlsExample, PAGE);
    if (!link.ok) throw new Error('expected a link');
    expect(link.value.startsWith('https://argmap.example/editor/?x=1#map=')).toBe(true);
    expect(isShareHash(hashOf(link.value))).toBe(true);
    const read = readShareHash(hashOf(link.value));
    expect(read).toEqual({ ok: true, value: exportControlsExample, diagnostics: [] });
  });

  it('refuses a map too large for a link and says to share a file', () => {
    const nodes: Record<string, ArgNode> = {};
    for (let i = 0; i < 3000; i++) {
      nodes[`n${i}`] = {
        id: `n${i}`,
        kind: 'claim',
        text: `${((i * 2654435761) % 1e9).toString(36)} ${((i * 40503) % 9973).toString(36)} claim ${i}`,
        baseScore: 0.5,
      };
    }
    const big = { ...exportControlsExample, nodes: Table.fromRecord(nodes) };
    const link = createShareLink(big, PAGE);
    expect(link.ok).toBe(false);
    expect(link.diagnostics[0]).toMatchObject({
      code: 'share-too-large',
      message: expect.stringMatching(/file/),
    });
    expect(link.diagnostics[0]?.message).toContain(MAX_SHARE_LENGTH.toLocaleString('en'));
  });

  it('reports a damaged or foreign link instead of opening something', () => {
    expect(readShareHash('#map=')).toMatchObject({ ok: false });
    expect(readShareHash('#map=%%%not-lz')).toMatchObject({ ok: false });
    expect(readShareHash(`#map=${compressToEncodedURIComponent('"just a string"')}`)).toMatchObject({
      ok: false,
    });
    expect(readShareHash(`#map=${'A'.repeat(MAX_SHARE_LENGTH * 2 + 1)}`)).toMatchObject({ ok: false });
    expect(readShareHash('#other=1')).toMatchObject({ ok: false });
  });

  it('refuses a decompression bomb before unfolding it, and says why', () => {
    const read = readShareHash(`#map=${bombLink(24_000)}`);
    expect(read).toMatchObject({ ok: false });
    expect(read.diagnostics[0]?.message).toContain(MAX_SHARED_TEXT.toLocaleString('en'));
  });

  it('reads a crafted link whose fields nest 10,000 deep as a repaired map, without throwing', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = `{"format":"argmap","version":1,"meta":{"title":"t"},"nodes":{"n":{"id":${deep},"kind":${deep},"text":${deep},"baseScore":${deep}}},"edges":{"e":{"id":"e","kind":${deep},"source":"n","target":"n"}}}`;
    const read = readShareHash(`#map=${compressToEncodedURIComponent(text)}`);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.nodes.get('n')).toMatchObject({ kind: 'claim', text: '' });
  });

  it('strips a javascript: source link from a crafted map and warns', () => {
    const crafted = structuredClone(toDocument(exportControlsExample));
    const evidence = Object.values(crafted.nodes).find((n) => n.evidence);
    if (!evidence?.evidence) throw new Error('example has evidence');
    evidence.evidence.source.url = 'javascript:alert(document.cookie)';
    const read = readShareHash(`#map=${compressToEncodedURIComponent(JSON.stringify(crafted))}`);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.nodes.get(evidence.id)?.evidence?.source.url).toBeUndefined();
    expect(read.diagnostics.map((d) => d.code)).toContain('unsafe-url');
  });

  it('never throws on arbitrary fragments', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const result = readShareHash(`#map=${junk}`);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
