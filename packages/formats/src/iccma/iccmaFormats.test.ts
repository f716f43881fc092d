import { type ArgMap, validateMap } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApx, parseIccma, parseTgf } from './iccmaFormats.ts';
import { serializeIccma } from './serializeIccma.ts';

const attacks = (map: ArgMap) => map.edges.toArray().map((e) => `${e.source}>${e.target}:${e.kind}`);

describe('ICCMA p af', () => {
  it('reads arguments 1..N as claim nodes named by number and attacks as oppositions', () => {
    const result = parseIccma('# a comment\np af 3\n1 2\n2 3\n\n3 1\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.value.nodes.keys()]).toEqual(['1', '2', '3']);
    expect(result.value.nodes.get('2')).toMatchObject({ kind: 'claim', text: '2' });
    expect(attacks(result.value)).toEqual(['1>2:opposes', '2>3:opposes', '3>1:opposes']);
  });

  it('reports every bad line with its line and column', () => {
    const result = parseIccma('p af 2\n1 2\n1 x\n  2 7\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'iccma-syntax', line: 3, column: 1 }),
      expect.objectContaining({ code: 'iccma-unknown-argument', line: 4, column: 5 }),
    ]);
  });

  it('needs the header and caps the number of arguments', () => {
    expect(parseIccma('1 2\n').diagnostics[0]).toMatchObject({ code: 'iccma-header', line: 1 });
    expect(parseIccma('').diagnostics[0]?.code).toBe('iccma-header');
    expect(parseIccma('p af 999999999\n').diagnostics[0]?.code).toBe('iccma-too-many-arguments');
  });

  it('keeps a self-attack in the notes with a warning, since the map has no self-relations', () => {
    const result = parseIccma('p af 1\n1 1\n');
    expect(result.ok && result.value.nodes.get('1')?.notes).toContain('Attacks itself');
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'self-attack', line: 2 });
  });

  it('round-trips any framework: same arguments, same attacks', { timeout: 30_000 }, () => {
    const framework = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })), {
          selector: ([a, b]) => `${a} ${b}`,
        }),
      ),
    );
    fc.assert(
      fc.property(framework, ([n, pairs]) => {
        const text = `p af ${n}\n${pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => `${a} ${b}`)
          .join('\n')}\n`;
        const first = parseIccma(text);
        if (!first.ok) throw new Error('valid framework rejected');
        const written = serializeIccma(first.value);
        const second = written.ok ? parseIccma(written.value) : written;
        expect(second.ok && attacks(second.value).sort()).toEqual(attacks(first.value).sort());
        expect(second.ok && [...second.value.nodes.keys()]).toEqual([...first.value.nodes.keys()]);
      }),
    );
  });

  it('writes supports and undercuts nowhere, and says so', () => {
    const map = parseIccma('p af 2\n1 2\n');
    if (!map.ok) throw new Error('unreachable');
    map.value.edges = map.value.edges.set('s', { id: 's', kind: 'supports', source: '2', target: '1' });
    const written = serializeIccma(map.value);
    expect(written.ok && written.value).toBe('p af 2\n# 1 1\n# 2 2\n1 2\n');
    expect(written.diagnostics.map((d) => d.code)).toEqual(['iccma-supports-dropped']);
  });
});

describe('ASPARTIX apx', () => {
  it('reads arg and att facts, several to a line, with comments', () => {
    const result = parseApx('arg(a). arg(b).\narg( c ).  % the third\natt(a,b).att(b , c).\n');
    expect(result.ok && [...result.value.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect(result.ok && attacks(result.value)).toEqual(['a>b:opposes', 'b>c:opposes']);
  });

  it('reports malformed facts and undeclared arguments with positions', () => {
    const result = parseApx('arg(a).\natt(a,b).\narg(c\n');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'apx-syntax', line: 3, column: 1 }),
      expect.objectContaining({ code: 'apx-unknown-argument', line: 2, column: 1 }),
    ]);
  });
});

describe('TGF', () => {
  it('reads nodes with labels, then edges after #', () => {
    const result = parseTgf('1 First argument\n2\n#\n1 2\n');
    expect(result.ok && result.value.nodes.get('1')?.text).toBe('First argument');
    expect(result.ok && attacks(result.value)).toEqual(['1>2:opposes']);
  });

  it('renames an argument called __proto__ instead of losing it, and the map validates', () => {
    const result = parseTgf('__proto__ Odd name\nb\n#\n__proto__ b\n');
    if (!result.ok) throw new Error('expected the file to read');
    expect(result.value.nodes.size).toBe(2);
    expect(result.value.nodes.has('__proto__')).toBe(false);
    expect(result.value.nodes.toArray().map((node) => node.text)).toContain('Odd name');
    expect(attacks(result.value)).toHaveLength(1);
    expect(validateMap(result.value).ok).toBe(true);
  });

  it('rejects edges to unlisted nodes', () => {
    expect(parseTgf('1\n#\n1 9\n').diagnostics[0]).toMatchObject({ code: 'tgf-unknown-argument', line: 3 });
  });
});
