import { describe, expect, it } from 'vitest';
import { validateMap } from './validate.ts';

/** A document with two premises `a` and `b` that together support `c` as argument `arg`. */
// biome-ignore lint/suspicious/noExplicitAny: these tests break documents in ways the types forbid.
function doc(): Record<string, any> {
  const node = (id: string) => ({ id, kind: 'claim', text: id, baseScore: 0.5 });
  return {
    format: 'argmap',
    version: 2,
    meta: { title: 't' },
    nodes: { a: node('a'), b: node('b'), c: node('c'), d: node('d') },
    edges: {
      ea: { id: 'ea', kind: 'supports', source: 'a', target: 'c', argument: 'arg' },
      eb: { id: 'eb', kind: 'supports', source: 'b', target: 'c', argument: 'arg' },
    },
    arguments: { arg: { id: 'arg', name: 'Together', scheme: 'Modus Ponens', notes: 'n' } },
  };
}

const problems = (value: unknown) =>
  validateMap(value).diagnostics.map(({ code, path, severity }) => ({ code, path, severity }));

describe('validateMap on linked arguments', () => {
  it('accepts a linked argument and keeps every field', () => {
    const result = validateMap(doc());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.value.arguments?.get('arg')).toEqual(doc().arguments.arg);
    expect(result.ok && result.value.edges.get('eb')?.argument).toBe('arg');
  });

  it('reports an edge naming no argument, and an undercut in an argument', () => {
    const d = doc();
    d.edges.eb.argument = 'ghost';
    d.edges.u = { id: 'u', kind: 'undercuts', source: 'd', target: 'ea', argument: 'arg' };
    expect(problems(d)).toEqual([
      { code: 'unknown-argument', path: ['edges', 'eb', 'argument'], severity: 'error' },
      { code: 'argument-undercut', path: ['edges', 'u', 'argument'], severity: 'error' },
    ]);
  });

  it('reports premises of one argument with different conclusions or kinds, where they differ', () => {
    const split = doc();
    split.edges.eb.target = 'd';
    expect(problems(split)).toEqual([
      { code: 'argument-split', path: ['edges', 'eb', 'target'], severity: 'error' },
    ]);
    const mixed = doc();
    mixed.edges.eb.kind = 'opposes';
    expect(problems(mixed)).toEqual([
      { code: 'argument-split', path: ['edges', 'eb', 'kind'], severity: 'error' },
    ]);
  });

  it('drops an argument without premises with a warning', () => {
    const d = doc();
    d.arguments.lonely = { id: 'lonely' };
    const result = validateMap(d);
    expect(result.ok && result.value.arguments?.has('lonely')).toBe(false);
    expect(problems(d)).toEqual([
      { code: 'empty-argument', path: ['arguments', 'lonely'], severity: 'warning' },
    ]);
  });

  it('checks shapes, ids and steps with their paths', () => {
    const d = doc();
    d.arguments.arg.scheme = 3;
    d.arguments.arg.colour = 'red';
    d.arguments.c = { id: 'c' };
    d.arguments.x = { id: 'y' };
    expect(problems(d)).toEqual([
      { code: 'unknown-field', path: ['arguments', 'arg', 'colour'], severity: 'warning' },
      { code: 'wrong-type', path: ['arguments', 'arg', 'scheme'], severity: 'error' },
      { code: 'duplicate-id', path: ['arguments', 'c', 'id'], severity: 'error' },
      { code: 'id-mismatch', path: ['arguments', 'x', 'id'], severity: 'error' },
    ]);
    const step = doc();
    step.arguments.arg.partOf = 'nowhere';
    expect(problems(step)).toEqual([
      { code: 'invalid-part-of', path: ['arguments', 'arg', 'partOf'], severity: 'error' },
    ]);
  });

  it('allows one statement as premise of two arguments for one conclusion, not twice in one', () => {
    const d = doc();
    d.nodes.e = { id: 'e', kind: 'claim', text: 'e', baseScore: 0.5 };
    d.edges.ea2 = { id: 'ea2', kind: 'supports', source: 'a', target: 'c', argument: 'arg2' };
    d.edges.ee = { id: 'ee', kind: 'supports', source: 'e', target: 'c', argument: 'arg2' };
    d.arguments.arg2 = { id: 'arg2' };
    expect(problems(d)).toEqual([]);
    d.edges.ea3 = { id: 'ea3', kind: 'supports', source: 'a', target: 'c', argument: 'arg2' };
    expect(problems(d)).toEqual([{ code: 'duplicate-edge', path: ['edges', 'ea3'], severity: 'error' }]);
  });
});
