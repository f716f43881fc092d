import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, arbitraryMap, opSequence } from '../../test/arbitraries.ts';
import { after, smallMap, unwrap } from '../../test/maps.ts';
import { parseMap } from '../document/parse.ts';
import { serializeMap } from '../document/serialize.ts';
import { validateMap } from '../document/validate.ts';
import { apply, createHistory, undo } from '../history/history.ts';
import { createSequentialIds } from '../model/ids.ts';
import type { ArgMap } from '../model/types.ts';
import { argumentSteps, argumentUndercutters, linkedArgument } from '../queries/arguments.ts';
import {
  addPremise,
  createArgument,
  removeArgument,
  removePremise,
  unlinkArgument,
  updateArgument,
} from './arguments.ts';
import { changeEdgeKind, connect, reconnect } from './edges.ts';
import { addNode } from './nodes.ts';
import { removeNode } from './remove.ts';

/** smallMap plus claims `m1`, `m2`, `m3`, and argument `a1`: c2 and m1 together support p1. */
function linkedMap(): ArgMap {
  let map = smallMap();
  for (const id of ['m1', 'm2', 'm3']) map = after(addNode(map, { kind: 'claim', id, text: id }));
  return after(
    createArgument(
      map,
      { id: 'a1', conclusion: 'p1', premises: ['c2', 'm1'], name: 'Scarcity', scheme: 'Practical Reasoning' },
      { newId: createSequentialIds() },
    ),
  );
}

const valid = (map: ArgMap) => expect(validateMap(map).diagnostics).toEqual([]);

describe('createArgument', () => {
  it('links the premises to the conclusion through one edge each, naming the argument', () => {
    const edit = unwrap(
      createArgument(
        smallMap(),
        { conclusion: 'p2', premises: ['c1', 'c2'], kind: 'opposes' },
        {
          newId: createSequentialIds(),
        },
      ),
    );
    expect(edit.created).toEqual(['a1', 'e1', 'e2']);
    expect(edit.label).toBe('Add argument');
    expect(edit.map.edges.get('e2')).toEqual({
      id: 'e2',
      kind: 'opposes',
      source: 'c2',
      target: 'p2',
      argument: 'a1',
    });
    expect(linkedArgument(edit.map, 'a1')).toMatchObject({
      kind: 'opposes',
      conclusion: 'p2',
      premises: ['c1', 'c2'],
    });
    valid(edit.map);
  });

  it('refuses an argument without premises, with unknown nodes, repeated premises or a self-support', () => {
    const map = smallMap();
    expect(createArgument(map, { conclusion: 'p1', premises: [] }).diagnostics[0]?.code).toBe('no-premises');
    expect(createArgument(map, { conclusion: 'p1', premises: ['ghost'] }).diagnostics[0]?.code).toBe(
      'unknown-node',
    );
    expect(createArgument(map, { conclusion: 'p1', premises: ['c2', 'c2'] }).diagnostics[0]?.code).toBe(
      'duplicate-edge',
    );
    expect(createArgument(map, { conclusion: 'p1', premises: ['p1', 'c2'] }).diagnostics[0]?.code).toBe(
      'self-loop',
    );
    expect(createArgument(map, { conclusion: 'p1', premises: ['c2'], id: 'q' }).diagnostics[0]?.code).toBe(
      'duplicate-id',
    );
  });

  it('lets one statement be a premise of two arguments for the same conclusion', () => {
    const map = after(createArgument(linkedMap(), { id: 'a2', conclusion: 'p1', premises: ['c2', 'm2'] }));
    valid(map);
    // But not a second lone edge from c1 to p1 (e-c1-p1 is one already).
    expect(connect(map, { kind: 'supports', source: 'c1', target: 'p1' }).diagnostics[0]?.code).toBe(
      'duplicate-edge',
    );
  });
});

describe('addPremise', () => {
  it('adds a co-premise to an argument, by its id or by any of its edges', () => {
    const map = linkedMap();
    const byId = unwrap(addPremise(map, 'a1', 'm2', { newId: createSequentialIds() }));
    expect(byId.label).toBe('Add co-premise');
    expect(linkedArgument(byId.map, 'a1')?.premises).toEqual(['c2', 'm1', 'm2']);
    const edgeOfA1 = linkedArgument(map, 'a1')?.edges[0]?.id as string;
    const byEdge = after(addPremise(map, edgeOfA1, 'm2'));
    expect(linkedArgument(byEdge, 'a1')?.premises).toEqual(['c2', 'm1', 'm2']);
    valid(byEdge);
  });

  it('turns a lone reason into a linked argument in one step', () => {
    const edit = unwrap(addPremise(linkedMap(), 'e-c1-p1', 'm3', { newId: createSequentialIds() }));
    const [argumentId, edgeId] = edit.created;
    expect(edit.map.edges.get('e-c1-p1')?.argument).toBe(argumentId);
    expect(linkedArgument(edit.map, argumentId as string)).toMatchObject({
      conclusion: 'p1',
      premises: ['c1', 'm3'],
      kind: 'supports',
    });
    expect(edit.map.edges.get(edgeId as string)?.source).toBe('m3');
    valid(edit.map);
  });

  it('refuses a premise twice, an undercut and unknown ids', () => {
    const map = linkedMap();
    expect(addPremise(map, 'a1', 'm1').diagnostics[0]?.code).toBe('duplicate-edge');
    expect(addPremise(map, 'u-c2', 'm1').diagnostics[0]?.code).toBe('argument-undercut');
    expect(addPremise(map, 'nothing', 'm1').diagnostics[0]?.code).toBe('unknown-argument');
    expect(addPremise(map, 'a1', 'ghost').diagnostics[0]?.code).toBe('unknown-node');
  });
});

describe('removePremise and removal cascades', () => {
  it('removes one premise, keeps the argument, and moves an undercut of its edge to another edge', () => {
    let map = linkedMap();
    const [first] = linkedArgument(map, 'a1')?.edges ?? [];
    map = after(connect(map, { kind: 'undercuts', source: 'm3', target: first?.id as string, id: 'u-a1' }));
    const edit = unwrap(removePremise(map, 'a1', 'c2'));
    expect(linkedArgument(edit.map, 'a1')?.premises).toEqual(['m1']);
    expect(argumentUndercutters(edit.map, 'a1').map((r) => r.edge.id)).toEqual(['u-a1']);
    valid(edit.map);
  });

  it('refuses the last premise and a node that is no premise', () => {
    const map = after(removePremise(linkedMap(), 'a1', 'c2'));
    expect(removePremise(map, 'a1', 'm1').diagnostics[0]?.code).toBe('last-premise');
    expect(removePremise(map, 'a1', 'q').diagnostics[0]?.code).toBe('not-a-premise');
  });

  it('removes the argument with the node of its last premise', () => {
    let map = after(removePremise(linkedMap(), 'a1', 'c2'));
    map = after(removeNode(map, 'm1'));
    expect(map.arguments).toBeUndefined();
    valid(map);
  });

  it('removes an argument with its edges, or unlinks it and keeps each premise as a reason', () => {
    const removed = after(removeArgument(linkedMap(), 'a1'));
    expect(removed.arguments).toBeUndefined();
    expect([...removed.edges.values()].some((edge) => edge.source === 'm1')).toBe(false);
    const unlinked = after(unlinkArgument(linkedMap(), 'a1'));
    expect(unlinked.arguments).toBeUndefined();
    expect(
      [...unlinked.edges.values()].filter((e) => e.target === 'p1').map((e) => [e.source, e.argument]),
    ).toEqual([
      ['c1', undefined],
      ['c2', undefined],
      ['m1', undefined],
    ]);
    valid(unlinked);
  });
});

describe('edges of an argument', () => {
  it('change kind together, since an argument supports or opposes as a whole', () => {
    const map = linkedMap();
    const edges = linkedArgument(map, 'a1')?.edges ?? [];
    const next = after(changeEdgeKind(map, edges[1]?.id as string, 'opposes'));
    expect(linkedArgument(next, 'a1')?.kind).toBe('opposes');
    expect(linkedArgument(next, 'a1')?.edges.map((e) => e.kind)).toEqual(['opposes', 'opposes']);
  });

  it('cannot be moved to another conclusion alone', () => {
    const map = linkedMap();
    const edge = linkedArgument(map, 'a1')?.edges[0]?.id as string;
    expect(reconnect(map, edge, { target: 'p2' }).diagnostics[0]).toMatchObject({
      code: 'argument-split',
      path: ['edges', edge, 'target'],
    });
    // Swapping a premise is fine.
    expect(linkedArgument(after(reconnect(map, edge, { source: 'm3' })), 'a1')?.premises).toEqual([
      'm3',
      'm1',
    ]);
  });
});

describe('updateArgument', () => {
  it('sets and clears the scheme and name, merging keystrokes into one undo step', () => {
    const map = linkedMap();
    const edit = unwrap(updateArgument(map, 'a1', { scheme: 'Expert Opinion' }));
    expect(edit).toMatchObject({ label: 'Set scheme', mergeKey: 'a1:scheme' });
    expect(edit.map.arguments?.get('a1')?.scheme).toBe('Expert Opinion');
    const cleared = after(updateArgument(edit.map, 'a1', { name: '', scheme: '' }));
    expect(cleared.arguments?.get('a1')).toEqual({ id: 'a1' });
    let history = createHistory(map, { mergeWindowMs: 1000 });
    for (const [i, scheme] of ['E', 'Ex', 'Exp'].entries()) {
      history = unwrap(apply(history, (m) => updateArgument(m, 'a1', { scheme }), i * 100));
    }
    expect(history.past).toHaveLength(1);
    expect(undo(history).map).toBe(map);
  });

  it('refuses an unknown argument and text fields that are not text', () => {
    expect(updateArgument(linkedMap(), 'zz', { name: 'x' }).diagnostics[0]?.code).toBe('unknown-argument');
    expect(updateArgument(linkedMap(), 'a1', { name: 7 as unknown as string }).diagnostics[0]?.code).toBe(
      'wrong-type',
    );
  });
});

describe('multi-step arguments', () => {
  /** m1 and m2 give intermediary m3 (step s1); m3 and c2 give p1 (last step s2). */
  function chain(): ArgMap {
    let map = smallMap();
    for (const id of ['m1', 'm2', 'm3']) map = after(addNode(map, { kind: 'claim', id, text: id }));
    map = after(
      createArgument(map, { id: 's2', conclusion: 'p1', premises: ['m3', 'c2'], scheme: 'Modus Ponens' }),
    );
    map = after(createArgument(map, { id: 's1', conclusion: 'm3', premises: ['m1', 'm2'] }));
    return after(updateArgument(map, 's1', { partOf: 's2' }));
  }

  it('reads as one argument: steps in order, and round-trips through a file', () => {
    const map = chain();
    expect(argumentSteps(map, 's2').map((step) => step.argument.id)).toEqual(['s1', 's2']);
    const read = parseMap(serializeMap(map));
    expect(read.ok && read.value).toEqual(map);
  });

  it('refuses a step that leads nowhere, or into a step', () => {
    const map = chain();
    expect(updateArgument(map, 's1', { partOf: 'a-missing' }).diagnostics[0]?.code).toBe('invalid-part-of');
    const other = after(createArgument(map, { id: 'x', conclusion: 'q', premises: ['p2'] }));
    expect(updateArgument(other, 'x', { partOf: 's2' }).diagnostics[0]?.code).toBe('invalid-part-of');
    expect(updateArgument(other, 'x', { partOf: 's1' }).diagnostics[0]?.code).toBe('invalid-part-of');
  });

  it('detaches a step when the edge into its chain goes, so the map stays valid', () => {
    const map = chain();
    const next = after(removePremise(map, 's2', 'm3'));
    expect(next.arguments?.get('s1')?.partOf).toBeUndefined();
    valid(next);
  });
});

describe('properties of linked arguments', () => {
  it('removing a premise (not the last) keeps every node that undercut the argument, and undo restores the map', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(arbitraryMap(8), opSequence(12), fc.nat(), (start, ops, pick) => {
        const newId = createSequentialIds();
        let map = start;
        for (const op of ops) {
          const result = applyOp(map, op, newId);
          if (result.ok) map = result.value.map;
        }
        const ids = [...(map.arguments?.keys() ?? [])];
        const id = ids[pick % Math.max(ids.length, 1)];
        const view = id === undefined ? undefined : linkedArgument(map, id);
        if (view === undefined || view.premises.length < 2) return;
        const premise = view.premises[pick % view.premises.length] as string;
        const undercutters = new Set(argumentUndercutters(map, view.argument.id).map((r) => r.node.id));
        const history = unwrap(apply(createHistory(map), (m) => removePremise(m, view.argument.id, premise)));
        const after = new Set(argumentUndercutters(history.map, view.argument.id).map((r) => r.node.id));
        expect(after).toEqual(undercutters);
        expect(linkedArgument(history.map, view.argument.id)?.premises).toEqual(
          view.premises.filter((p) => p !== premise),
        );
        expect(undo(history).map).toBe(map);
      }),
      { numRuns: 150 },
    );
  });
});
