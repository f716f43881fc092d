import { readFileSync } from 'node:fs';
import type { ArgMap } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { formatForFilename } from '../registry.ts';
import { parseKialo, unescapeKialo } from './kialoFormat.ts';

const fixture = readFileSync(new URL('../../test/fixtures/kialo/phones.txt', import.meta.url), 'utf8');
const relations = (map: ArgMap) => map.edges.toArray().map((e) => `${e.source} ${e.kind} ${e.target}`);

describe('parseKialo', () => {
  const result = parseKialo(fixture);
  const map = result.ok ? result.value : undefined;

  it('reads the title, the thesis as a question, and answers as positions', () => {
    expect(result.ok).toBe(true);
    expect(map?.meta.title).toBe('Should schools ban smartphones?');
    expect(map?.nodes.get('1')).toMatchObject({ kind: 'question', text: 'Should schools ban smartphones?' });
    expect(map?.nodes.get('1.1')?.kind).toBe('position');
    expect(map?.nodes.get('1.1.1')?.kind).toBe('claim');
  });

  it('turns Pro into supports and Con into opposes, one level up', () => {
    expect(relations(map as ArgMap)).toEqual(
      expect.arrayContaining([
        '1.1 supports 1',
        '1.2 opposes 1',
        '1.1.1.2 opposes 1.1.1',
        '1.1.2.1 opposes 1.1.2',
      ]),
    );
  });

  it('makes "-> See" links extra edges from the linked claim, not copies', () => {
    expect(map?.nodes.get('1.1.2.2')).toBeUndefined();
    expect(map?.nodes.get('1.2.2')).toBeUndefined();
    expect(relations(map as ArgMap)).toEqual(
      expect.arrayContaining(['1.2.1 supports 1.1.2', '1.1.1 opposes 1.2']),
    );
    expect(map?.nodes.size).toBe(9);
  });

  it('joins multi-line text and undoes escapes', () => {
    expect(map?.nodes.get('1.2.1')?.text).toBe(
      'Phones are part of adult life; pupils must learn to manage them.\nThis is a skill that a ban\nnever teaches.',
    );
    expect(map?.nodes.get('1.1.1.1')?.text).toContain('(Beland & Murphy)');
    expect(unescapeKialo('\\*a\\* \\\\ C:\\path')).toBe('*a* \\ C:\\path');
  });

  it('warns about broken links and missing parents, with line numbers', () => {
    const broken = parseKialo('1. Thesis\n1.1. Pro: -> See 1.9.\n1.3.1. Con: Orphan.\n');
    expect(broken.diagnostics).toEqual([
      expect.objectContaining({ code: 'kialo-missing-parent', line: 3, column: 1 }),
      expect.objectContaining({ code: 'kialo-broken-link', line: 2, column: 1 }),
    ]);
    expect(broken.ok && relations(broken.value)).toEqual(['1.3.1 opposes 1']);
  });

  it('fails clearly on text that is not a Kialo export', () => {
    expect(parseKialo('Just some notes\nabout phones').diagnostics[0]).toMatchObject({
      code: 'kialo-no-claims',
      line: 1,
    });
  });

  it('is picked for Kialo exports by file name', () => {
    expect(formatForFilename('should-schools-ban-smartphones.txt')?.id).toBe('kialo');
  });

  it('keeps a claim whose text holds a line or paragraph separator', () => {
    const text =
      'Discussion Title: T\n\n1. Thesis\n1.1. Pro: first\u2028second\u2029third\n1.1.1. Con: below it\n';
    const read = parseKialo(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.diagnostics.map((d) => d.code)).not.toContain('kialo-missing-parent');
    expect(read.value.nodes.size).toBe(3);
    expect([...read.value.nodes.values()].some((n) => n.text.startsWith('first'))).toBe(true);
  });
});
