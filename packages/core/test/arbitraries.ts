/**
 * fast-check arbitraries for valid maps and for sequences of edit operations. Other packages'
 * tests may import this file by relative path (e.g. `../../core/test/arbitraries.ts`).
 */

import fc from 'fast-check';
import { createSequentialIds, type IdGenerator, RESERVED_IDS } from '../src/model/ids.ts';
import { Table } from '../src/model/table.ts';
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  EVIDENCE_KINDS,
  type Evidence,
  NODE_KINDS,
  type Source,
  type Tour,
} from '../src/model/types.ts';
import {
  addPremise,
  createArgument,
  removeArgument,
  removePremise,
  unlinkArgument,
  updateArgument,
} from '../src/operations/arguments.ts';
import { combine } from '../src/operations/combine.ts';
import { changeEdgeKind, connect, reconnect } from '../src/operations/edges.ts';
import type { Edit } from '../src/operations/edit.ts';
import { updateMeta } from '../src/operations/meta.ts';
import { addNode, changeKind, moveNodes, updateNode } from '../src/operations/nodes.ts';
import { copySubgraph, pasteSubgraph } from '../src/operations/paste.ts';
import { disconnect, removeMany, removeNode } from '../src/operations/remove.ts';
import type { Result } from '../src/result.ts';

/** Text with some non-ASCII characters, as students type it. */
export const text = (maxLength = 30) =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }));

/** A finite coordinate; `+ 0` turns -0 into 0, which JSON cannot keep apart anyway. */
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

/** A score in [0, 1]. */
export const score = fc.double({ min: 0, max: 1, noNaN: true });

const source: fc.Arbitrary<Source> = fc.record(
  { speaker: text(), role: text(), title: text(), outlet: text(), date: text(10), url: fc.webUrl() },
  { requiredKeys: [] },
);

const evidence: fc.Arbitrary<Evidence> = fc.record({
  quote: text(60),
  kind: fc.constantFrom(...EVIDENCE_KINDS),
  source,
});

const nodeId = fc
  .string({ minLength: 1, maxLength: 6 })
  .filter((id) => !RESERVED_IDS.includes(id) && !id.startsWith('e:'));

function node(id: string): fc.Arbitrary<ArgNode> {
  return fc
    .record(
      {
        kind: fc.constantFrom(...NODE_KINDS),
        text: text(),
        notes: text(),
        tags: fc.array(text(8), { maxLength: 3 }),
        baseScore: score,
        position: fc.record({ x: coordinate, y: coordinate }),
        collapsed: fc.constant(true),
        evidence,
      },
      { requiredKeys: ['kind', 'text', 'baseScore', 'evidence'] },
    )
    .map(({ evidence: block, ...rest }) => ({
      id,
      ...rest,
      ...(rest.kind === 'evidence' && { evidence: block }),
    }));
}

/**
 * A valid map with up to `maxNodes` nodes, edges among them (undercuts too), linked arguments
 * (some edges joined by co-premises) and maybe tours.
 */
export function arbitraryMap(maxNodes = 10): fc.Arbitrary<ArgMap> {
  return fc
    .uniqueArray(nodeId, { maxLength: maxNodes })
    .chain((ids) =>
      fc.record({
        nodes:
          ids.length === 0
            ? fc.constant<ArgNode[]>([])
            : fc.tuple(...ids.map(node)).map((list): ArgNode[] => list),
        pairs: fc.array(
          fc.record({ a: fc.nat(), b: fc.nat(), kind: fc.constantFrom('supports', 'opposes', 'undercuts') }),
          { maxLength: maxNodes * 2 },
        ),
        meta: fc.record(
          { title: text(), description: text(), language: fc.constantFrom('en', 'fr') },
          {
            requiredKeys: ['title'],
          },
        ),
        tours: fc.option(fc.array(fc.array(fc.nat(), { maxLength: 3 }), { maxLength: 3 }), {
          nil: undefined,
        }),
        links: fc.array(
          fc.record({
            edge: fc.nat(),
            premise: fc.nat(),
            scheme: fc.option(
              text(12).filter((s) => s !== ''),
              { nil: undefined },
            ),
          }),
          {
            maxLength: maxNodes,
          },
        ),
      }),
    )
    .map(({ nodes, pairs, meta, tours, links }) => {
      const map: ArgMap = {
        format: 'argmap',
        version: 2,
        meta,
        nodes: Table.fromEntries(nodes.map((n) => [n.id, n])),
        edges: Table.empty(),
      };
      const ids = nodes.map((n) => n.id);
      const seen = new Set<string>();
      const attackable: string[] = [];
      for (const [index, { a, b, kind }] of pairs.entries()) {
        if (ids.length < 2) break;
        const source = ids[a % ids.length] as string;
        const target =
          kind === 'undercuts'
            ? attackable[b % Math.max(attackable.length, 1)]
            : (ids[b % ids.length] as string);
        if (target === undefined || source === target || seen.has(`${source}\u0000${target}`)) continue;
        seen.add(`${source}\u0000${target}`);
        const edge: ArgEdge = { id: `e:${index}`, kind, source, target };
        map.edges = map.edges.set(edge.id, edge);
        if (kind !== 'undercuts') attackable.push(edge.id);
      }
      // Co-premises: each link joins a node to the argument of a supports/opposes edge (made on demand).
      for (const [index, link] of links.entries()) {
        const base =
          attackable.length === 0
            ? undefined
            : map.edges.get(attackable[link.edge % attackable.length] as string);
        const premise = ids[link.premise % Math.max(ids.length, 1)];
        if (base === undefined || premise === undefined || premise === base.target) continue;
        const argument = base.argument ?? `a:${index}`;
        const key = `${premise}\u0000${base.target}\u0000${argument}`;
        if (seen.has(key) || premise === base.source) continue;
        if (base.argument === undefined) {
          const record = link.scheme === undefined ? { id: argument } : { id: argument, scheme: link.scheme };
          map.arguments = (map.arguments ?? Table.empty()).set(argument, record);
          map.edges = map.edges.set(base.id, { ...base, argument });
          seen.add(`${base.source}\u0000${base.target}\u0000${argument}`);
        }
        seen.add(key);
        const edge: ArgEdge = {
          id: `p:${index}`,
          kind: base.kind,
          source: premise,
          target: base.target,
          argument,
        };
        map.edges = map.edges.set(edge.id, edge);
      }
      if (tours !== undefined && ids.length > 0) {
        map.tours = tours.map(
          (steps, t): Tour => ({
            id: `t${t}`,
            title: `Tour ${t}`,
            steps: steps.map((n, s) => ({ id: `s${s}`, nodes: [ids[n % ids.length] as string] })),
          }),
        );
      }
      return map;
    });
}

/** One edit, described by indexes into the map's current ids so it applies to any map. */
export type OpSpec =
  | { op: 'add'; kind: ArgNode['kind']; text: string }
  | { op: 'update'; pick: number; text?: string; notes?: string; baseScore?: number; tags?: string[] }
  | { op: 'quote'; pick: number; quote: string; url?: string }
  | { op: 'remove'; pick: number }
  | { op: 'removeMany'; picks: number[]; edgePicks: number[] }
  | { op: 'connect'; a: number; b: number; kind: ArgEdge['kind'] }
  | { op: 'reconnect'; pick: number; a: number }
  | { op: 'disconnect'; pick: number }
  | { op: 'edgeKind'; pick: number; kind: ArgEdge['kind'] }
  | { op: 'move'; picks: number[]; x: number; y: number }
  | { op: 'changeKind'; pick: number; kind: ArgNode['kind'] }
  | { op: 'paste'; picks: number[] }
  | { op: 'meta'; title: string }
  | { op: 'combine'; kind: ArgNode['kind']; b: number }
  | { op: 'createArgument'; premises: number[]; b: number; kind: 'supports' | 'opposes' }
  | { op: 'addPremise'; pick: number; a: number }
  | { op: 'removePremise'; arg: number; a: number }
  | { op: 'updateArgument'; arg: number; scheme: string; partOf?: number }
  | { op: 'removeArgument'; arg: number }
  | { op: 'unlinkArgument'; arg: number };

/** Arbitrary edit descriptions; some are refused by the rules, which is part of the test. */
export const opSpec: fc.Arbitrary<OpSpec> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), kind: fc.constantFrom(...NODE_KINDS), text: text() }),
  fc.record(
    {
      op: fc.constant('update' as const),
      pick: fc.nat(),
      text: text(),
      notes: text(),
      baseScore: fc.oneof(score, fc.double()),
      tags: fc.array(text(6), { maxLength: 2 }),
    },
    { requiredKeys: ['op', 'pick'] },
  ),
  fc.record(
    {
      op: fc.constant('quote' as const),
      pick: fc.nat(),
      quote: text(),
      url: fc.oneof(fc.webUrl(), fc.string()),
    },
    { requiredKeys: ['op', 'pick', 'quote'] },
  ),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('removeMany' as const),
    picks: fc.array(fc.nat(), { maxLength: 3 }),
    edgePicks: fc.array(fc.nat(), { maxLength: 2 }),
  }),
  fc.record({
    op: fc.constant('connect' as const),
    a: fc.nat(),
    b: fc.nat(),
    kind: fc.constantFrom('supports' as const, 'opposes' as const, 'undercuts' as const),
  }),
  fc.record({ op: fc.constant('reconnect' as const), pick: fc.nat(), a: fc.nat() }),
  fc.record({ op: fc.constant('disconnect' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('edgeKind' as const),
    pick: fc.nat(),
    kind: fc.constantFrom('supports' as const, 'opposes' as const, 'undercuts' as const),
  }),
  fc.record({
    op: fc.constant('move' as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    x: coordinate,
    y: coordinate,
  }),
  fc.record({ op: fc.constant('changeKind' as const), pick: fc.nat(), kind: fc.constantFrom(...NODE_KINDS) }),
  fc.record({ op: fc.constant('paste' as const), picks: fc.array(fc.nat(), { maxLength: 3 }) }),
  fc.record({ op: fc.constant('meta' as const), title: text() }),
  fc.record({ op: fc.constant('combine' as const), kind: fc.constantFrom(...NODE_KINDS), b: fc.nat() }),
  fc.record({
    op: fc.constant('createArgument' as const),
    premises: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    b: fc.nat(),
    kind: fc.constantFrom('supports' as const, 'opposes' as const),
  }),
  fc.record({ op: fc.constant('addPremise' as const), pick: fc.nat(), a: fc.nat() }),
  fc.record({ op: fc.constant('removePremise' as const), arg: fc.nat(), a: fc.nat() }),
  fc.record(
    { op: fc.constant('updateArgument' as const), arg: fc.nat(), scheme: text(12), partOf: fc.nat() },
    { requiredKeys: ['op', 'arg', 'scheme'] },
  ),
  fc.record({ op: fc.constant('removeArgument' as const), arg: fc.nat() }),
  fc.record({ op: fc.constant('unlinkArgument' as const), arg: fc.nat() }),
);

/** A sequence of edit descriptions. */
export const opSequence = (maxLength = 20) => fc.array(opSpec, { maxLength });

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** Runs one described edit on `map`; refusals come back as failed results, never as exceptions. */
export function applyOp(map: ArgMap, spec: OpSpec, newId: IdGenerator = createSequentialIds()): Result<Edit> {
  const nodes = [...map.nodes.keys()];
  const edges = [...map.edges.keys()];
  const node = (i: number) => at(nodes, i) ?? 'missing';
  const edge = (i: number) => at(edges, i) ?? 'missing';
  const args = [...(map.arguments?.keys() ?? [])];
  const argument = (i: number) => at(args, i) ?? 'missing';
  switch (spec.op) {
    case 'add':
      return addNode(map, { kind: spec.kind, text: spec.text }, { newId });
    case 'update': {
      const { op: _op, pick, ...changes } = spec;
      return updateNode(map, node(pick), changes);
    }
    case 'quote':
      return updateNode(map, node(spec.pick), {
        evidence: { quote: spec.quote, ...(spec.url !== undefined && { source: { url: spec.url } }) },
      });
    case 'remove':
      return removeNode(map, node(spec.pick));
    case 'removeMany':
      return removeMany(map, {
        nodes: [...new Set(spec.picks.map(node))].filter((id) => id !== 'missing'),
        edges: [...new Set(spec.edgePicks.map(edge))].filter((id) => id !== 'missing'),
      });
    case 'connect':
      return connect(
        map,
        {
          kind: spec.kind,
          source: node(spec.a),
          target: spec.kind === 'undercuts' ? edge(spec.b) : node(spec.b),
        },
        { newId },
      );
    case 'reconnect':
      return reconnect(map, edge(spec.pick), { source: node(spec.a) });
    case 'disconnect':
      return disconnect(map, edge(spec.pick));
    case 'edgeKind':
      return changeEdgeKind(map, edge(spec.pick), spec.kind);
    case 'move':
      return moveNodes(map, Object.fromEntries(spec.picks.map((i) => [node(i), { x: spec.x, y: spec.y }])));
    case 'changeKind':
      return changeKind(map, node(spec.pick), spec.kind);
    case 'paste':
      return pasteSubgraph(map, copySubgraph(map, spec.picks.map(node)), { newId });
    case 'meta':
      return updateMeta(map, { title: spec.title });
    case 'combine':
      return combine(map, 'Add and connect', [
        (m) => addNode(m, { kind: spec.kind, id: `c-${m.nodes.size}` }, { newId }),
        (m) =>
          connect(m, { kind: 'supports', source: `c-${map.nodes.size}`, target: node(spec.b) }, { newId }),
      ]);
    case 'createArgument':
      return createArgument(
        map,
        { kind: spec.kind, conclusion: node(spec.b), premises: spec.premises.map(node) },
        { newId },
      );
    case 'addPremise':
      return addPremise(map, spec.pick % 2 === 0 ? argument(spec.pick) : edge(spec.pick), node(spec.a), {
        newId,
      });
    case 'removePremise': {
      // Mostly one of the argument's own premises, so the removal is not just refused.
      const premises = [...map.edges.values()]
        .filter((e) => e.argument === argument(spec.arg))
        .map((e) => e.source);
      return removePremise(
        map,
        argument(spec.arg),
        spec.a % 4 === 0 ? node(spec.a) : (at(premises, spec.a) ?? 'missing'),
      );
    }
    case 'updateArgument':
      return updateArgument(map, argument(spec.arg), {
        scheme: spec.scheme,
        ...(spec.partOf !== undefined && spec.partOf % 4 === 0 && { partOf: argument(spec.partOf) }),
      });
    case 'removeArgument':
      return removeArgument(map, argument(spec.arg));
    case 'unlinkArgument':
      return unlinkArgument(map, argument(spec.arg));
  }
}
