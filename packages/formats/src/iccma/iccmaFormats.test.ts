import { type ArgMap, toDocument, validateMap } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApx, parseIccma, parseTgf } from './iccmaFormats.ts';
import { readIccma } from './readIccma.ts';
import { serializeApx } from './serializeApx.ts';
import { serializeIccma } from './serializeIccma.ts';
import { serializeTgf } from './serializeTgf.ts';

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

  it('keeps a self-attack as an opposes edge from the node to itself, and the map validates', () => {
    const result = parseIccma('p af 2\n1 1\n1 2\n1 1\n');
    if (!result.ok) throw new Error('expected the file to read');
    expect(attacks(result.value)).toEqual(['1>1:opposes', '1>2:opposes']);
    expect(result.diagnostics).toEqual([]);
    expect(validateMap(toDocument(result.value)).ok).toBe(true);
    expect(serializeIccma(result.value)).toMatchObject({
      ok: true,
      value: 'p af 2\n# 1 1\n# 2 2\n1 1\n1 2\n',
    });
  });

  it('says what is wrong with a header whose N is not digits, or too big', () => {
    for (const header of ['p af 1e23', 'p af -3', 'p af 2.5']) {
      const [problem] = parseIccma(`${header}\n1 2\n`).diagnostics;
      expect(problem).toMatchObject({ code: 'iccma-header', line: 1 });
      expect(problem?.message).toContain('digits');
    }
    expect(parseIccma('p af 100000000000000000000000\n').diagnostics).toEqual([
      expect.objectContaining({ code: 'iccma-too-many-arguments', line: 1 }),
    ]);
  });

  it('names the line endings when a file uses bare carriage returns', () => {
    for (const parse of [parseIccma, parseApx, parseTgf]) {
      const [problem] = parse('p af 2\r1 2\r').diagnostics;
      expect(problem).toMatchObject({ code: 'line-endings', line: 1, column: 7 });
      expect(problem?.message).toMatch(/line endings/);
    }
    expect(parseIccma('p af 2\r\n1 2\r\n').ok).toBe(true);
  });

  it('reads a million-argument header and a million attacks into arrays', () => {
    const big = readIccma('p af 1000000\n');
    expect(big.ok && big.value.size).toBe(1_000_000);
    const lines = Array.from({ length: 1_000_000 }, (_, i) => `${(i % 1000) + 1} ${((i * 7) % 1000) + 1}`);
    const read = readIccma(`p af 1000\n${lines.join('\n')}\n`);
    if (!read.ok) throw new Error('expected the file to read');
    expect(read.value.from.length).toBe(1_000_000);
    expect([read.value.from[3], read.value.to[3]]).toEqual([3, 21]);
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
        const text = `p af ${n}\n${pairs.map(([a, b]) => `${a} ${b}`).join('\n')}\n`;
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
    // The map's dates are the one other thing lost (frameworkLosses.test.ts covers the rest).
    expect(written.diagnostics.map((d) => d.code)).toEqual(['iccma-supports-dropped', 'iccma-meta-dropped']);
  });
});

describe('ASPARTIX apx', () => {
  it('reads arg and att facts, several to a line, with comments', () => {
    const result = parseApx('arg(a). arg(b).\narg( c ).  % the third\natt(a,b).att(b , c).\n');
    expect(result.ok && [...result.value.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect(result.ok && attacks(result.value)).toEqual(['a>b:opposes', 'b>c:opposes']);
  });

  it('writes facts clingo reads: plain names kept, other ids renamed with a comment', () => {
    const first = parseApx('arg(a). arg(b).\natt(a,b). att(b,b).\n');
    if (!first.ok) throw new Error('expected the file to read');
    expect(serializeApx(first.value)).toMatchObject({ value: 'arg(a).\narg(b).\natt(a,b).\natt(b,b).\n' });
    const odd = parseTgf('ev-1\nX\n#\nev-1 X\n');
    if (!odd.ok) throw new Error('expected the file to read');
    const written = serializeApx(odd.value);
    expect(written.ok && written.value).toBe('arg(a1). % ev-1\narg(a2). % X\natt(a1,a2).\n');
    const back = written.ok ? parseApx(written.value) : written;
    expect(back.ok && attacks(back.value)).toEqual(['a1>a2:opposes']);
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

  it('warns when a node is listed again with another label', () => {
    const result = parseTgf('1 First\n1 Second\n#\n');
    expect(result.ok && result.value.nodes.get('1')?.text).toBe('First');
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'tgf-duplicate-node', line: 2 })]);
  });

  it('writes what it reads: labels, attacks and self-attacks', () => {
    const first = parseTgf('1 First argument\n2\n#\n1 2\n2 2\n');
    if (!first.ok) throw new Error('expected the file to read');
    const written = serializeTgf(first.value);
    expect(written.ok && written.value).toBe('1 First argument\n2\n#\n1 2\n2 2\n');
  });

  it('rejects edges to unlisted nodes', () => {
    expect(parseTgf('1\n#\n1 9\n').diagnostics[0]).toMatchObject({ code: 'tgf-unknown-argument', line: 3 });
  });
});
