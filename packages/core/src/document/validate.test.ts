import { describe, expect, it } from 'vitest';
import { smallMap } from '../../test/maps.ts';
import { exportControlsExample } from '../examples/exportControls.ts';
import type { Diagnostic } from '../result.ts';
import { validateMap } from './validate.ts';

/** A deep, mutable copy of the small test map as plain JSON, to break on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: these tests break documents in ways the types forbid.
function doc(): Record<string, any> {
  return JSON.parse(JSON.stringify(smallMap()));
}

function problems(value: unknown): Pick<Diagnostic, 'code' | 'path'>[] {
  return validateMap(value).diagnostics.map(({ code, path }) => ({ code, path }));
}

describe('validateMap', () => {
  it('accepts the example map and the small test map unchanged', () => {
    const example = validateMap(exportControlsExample);
    expect(example.diagnostics).toEqual([]);
    expect(example.ok && example.value).toEqual(exportControlsExample);
    const small = validateMap(doc());
    expect(small.ok && small.value).toEqual(smallMap());
  });

  it('reports every problem at once, each with its path', () => {
    const bad = doc();
    bad.nodes.c1.text = 42;
    bad.nodes.c2.baseScore = 1.2;
    bad.nodes.p1.id = 'p9';
    bad.edges['e-ev1-c1'].target = 'ghost';
    bad.edges.loop = { id: 'loop', kind: 'supports', source: 'q', target: 'q' };
    bad.edges.twin = { id: 'twin', kind: 'opposes', source: 'p2', target: 'q' };
    bad.nodes.ev1.evidence.source.url = 'javascript:alert(1)';
    expect(problems(bad)).toEqual([
      { code: 'id-mismatch', path: ['nodes', 'p1', 'id'] },
      { code: 'wrong-type', path: ['nodes', 'c1', 'text'] },
      { code: 'score-out-of-range', path: ['nodes', 'c2', 'baseScore'] },
      { code: 'invalid-url', path: ['nodes', 'ev1', 'evidence', 'source', 'url'] },
      { code: 'dangling-edge', path: ['edges', 'e-ev1-c1', 'target'] },
      { code: 'self-loop', path: ['edges', 'loop', 'target'] },
      { code: 'duplicate-edge', path: ['edges', 'twin'] },
    ]);
  });

  it('accepts a self-attack (an opposes edge from a node to itself), not a self-support', () => {
    const loops = doc();
    loops.edges.liar = { id: 'liar', kind: 'opposes', source: 'q', target: 'q' };
    expect(validateMap(loops).ok).toBe(true);
    loops.edges.liar.kind = 'supports';
    expect(problems(loops)).toEqual([{ code: 'self-loop', path: ['edges', 'liar', 'target'] }]);
  });

  it('writes messages a student can act on', () => {
    const bad = doc();
    bad.edges['e-ev1-c1'].target = 'ghost';
    expect(validateMap(bad).diagnostics[0]?.message).toBe(
      'Edge "e-ev1-c1" points to node "ghost", which does not exist. Remove the edge or add the node.',
    );
  });

  it('checks undercuts, id clashes and evidence blocks', () => {
    const bad = doc();
    bad.edges['u-c2'].target = 'p1';
    bad.edges.c1 = { id: 'c1', kind: 'supports', source: 'c2', target: 'q' };
    delete bad.nodes.ev1.evidence;
    bad.nodes.q.evidence = { quote: 'x', kind: 'news', source: {} };
    expect(problems(bad)).toEqual([
      { code: 'unexpected-evidence', path: ['nodes', 'q', 'evidence'] },
      { code: 'missing-evidence', path: ['nodes', 'ev1', 'evidence'] },
      { code: 'undercut-target', path: ['edges', 'u-c2', 'target'] },
      { code: 'duplicate-id', path: ['edges', 'c1', 'id'] },
    ]);
  });

  it('does not report edges to a broken node as dangling', () => {
    const bad = doc();
    bad.nodes.c1.kind = 'opinion';
    expect(problems(bad)).toEqual([{ code: 'invalid-kind', path: ['nodes', 'c1', 'kind'] }]);
  });

  it('refuses reserved ids without touching any prototype', () => {
    const text = '{"id":"__proto__","kind":"claim","text":"x","baseScore":0.5,"polluted":true}';
    const bad = JSON.parse(
      `{"format":"argmap","version":2,"meta":{"title":"t"},"nodes":{"__proto__":${text}},"edges":{}}`,
    );
    expect(problems(bad)).toContainEqual({ code: 'invalid-id', path: ['nodes', '__proto__'] });
    const withConstructor = doc();
    withConstructor.nodes.constructor = { id: 'constructor', kind: 'claim', text: 'x', baseScore: 0.5 };
    expect(problems(withConstructor)).toContainEqual({ code: 'invalid-id', path: ['nodes', 'constructor'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops unknown fields with a warning but accepts the map', () => {
    const extra = doc();
    extra.nodes.q.colour = 'red';
    extra.theme = 'dark';
    const result = validateMap(extra);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([
      ['warning', 'unknown-field', ['theme']],
      ['warning', 'unknown-field', ['nodes', 'q', 'colour']],
    ]);
    expect(result.ok && result.value.nodes.get('q')).not.toHaveProperty('colour');
  });

  it('tells newer, older and foreign documents apart', () => {
    expect(problems({ ...doc(), version: 7 })).toEqual([{ code: 'newer-version', path: ['version'] }]);
    expect(validateMap({ ...doc(), version: 7 }).diagnostics[0]?.message).toMatch(/newer Argmap/);
    expect(problems({ ...doc(), version: 0 })).toEqual([{ code: 'old-version', path: ['version'] }]);
    expect(problems({ ...doc(), format: 'kialo' })).toEqual([{ code: 'invalid-format', path: ['format'] }]);
    expect(problems([1, 2])).toEqual([{ code: 'not-a-map', path: [] }]);
    expect(problems(null)).toEqual([{ code: 'not-a-map', path: [] }]);
  });

  it('checks tours: unique ids and steps that show existing nodes', () => {
    const toured = doc();
    toured.tours = [
      {
        id: 't',
        title: 'Walk',
        steps: [
          { id: 's', nodes: ['q', 'gone'] },
          { id: 's', nodes: [] },
        ],
      },
      { id: 't', title: 'Again', steps: [] },
    ];
    expect(problems(toured)).toEqual([
      { code: 'unknown-node', path: ['tours', 0, 'steps', 0, 'nodes', 1] },
      { code: 'duplicate-id', path: ['tours', 0, 'steps', 1, 'id'] },
      { code: 'duplicate-id', path: ['tours', 1, 'id'] },
    ]);
  });

  it('hints at version 0 when nodes is a list, and caps the list of problems', () => {
    expect(validateMap({ ...doc(), nodes: [] }).diagnostics[0]?.message).toMatch(/version 0/);
    const many = doc();
    for (let i = 0; i < 1000; i++) many.nodes[`x${i}`] = { id: `x${i}` };
    const diagnostics = validateMap(many).diagnostics;
    expect(diagnostics).toHaveLength(201);
    expect(diagnostics.at(-1)?.code).toBe('too-many-problems');
  });
});
