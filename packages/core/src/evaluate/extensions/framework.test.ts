import { describe, expect, it } from 'vitest';
import { prepareGraph } from '../prepare.ts';
import { miniMap } from '../testMaps.ts';
import { acceptability } from './acceptability.ts';
import { ATTACK_KINDS, buildFramework, type Framework, type SupportInterpretation } from './framework.ts';
import { LABELS } from './labels.ts';

function attacks(af: Framework): string[] {
  const list: string[] = [];
  for (let b = 0; b < af.size; b++) {
    for (let i = af.attackerStart[b]!; i < af.attackerStart[b + 1]!; i++) {
      list.push(`${af.ids[af.attackers[i]!]}→${af.ids[b]} ${ATTACK_KINDS[af.attackerKind[i]!]}`);
    }
  }
  return list.sort();
}

function grounded(map: ReturnType<typeof miniMap>, support: SupportInterpretation): Record<string, string> {
  const af = buildFramework(prepareGraph(map), support);
  const { summary } = acceptability(af, 'grounded');
  return Object.fromEntries(af.ids.slice(0, af.nodeCount).map((id, i) => [id, LABELS[summary[i]!]!]));
}

// a supports b; c attacks b; b attacks d.
const map = miniMap({ a: 1, b: 1, c: 1, d: 1 }, [
  ['a', 'supports', 'b'],
  ['c', 'opposes', 'b'],
  ['b', 'opposes', 'd'],
]);

describe('support interpretations (Cayrol & Lagasquie-Schiex 2013)', () => {
  it('none: support adds no attack', () => {
    expect(attacks(buildFramework(prepareGraph(map), 'none'))).toEqual(['b→d direct', 'c→b direct']);
    expect(grounded(map, 'none')).toEqual({ a: 'in', b: 'out', c: 'in', d: 'in' });
  });

  it('deductive: a implies b, so an attack on b is a (mediated) attack on a, and b’s attack is a’s (supported)', () => {
    expect(attacks(buildFramework(prepareGraph(map), 'deductive'))).toEqual([
      'a→d supported',
      'b→d direct',
      'c→a mediated',
      'c→b direct',
    ]);
    expect(grounded(map, 'deductive')).toEqual({ a: 'out', b: 'out', c: 'in', d: 'in' });
  });

  it('necessary: b needs a, so attacking a attacks b (secondary) and a’s attacks are b’s (extended)', () => {
    // a supports b; c attacks a; a attacks d.
    const needs = miniMap({ a: 1, b: 1, c: 1, d: 1 }, [
      ['a', 'supports', 'b'],
      ['c', 'opposes', 'a'],
      ['a', 'opposes', 'd'],
    ]);
    expect(attacks(buildFramework(prepareGraph(needs), 'necessary'))).toEqual([
      'a→d direct',
      'b→d extended',
      'c→a direct',
      'c→b secondary',
    ]);
    expect(grounded(needs, 'necessary')).toEqual({ a: 'out', b: 'out', c: 'in', d: 'in' });
  });

  it('follows chains of supports', () => {
    const chain = miniMap({ a: 1, b: 1, c: 1, x: 1 }, [
      ['a', 'supports', 'b'],
      ['b', 'supports', 'c'],
      ['x', 'opposes', 'c'],
    ]);
    expect(grounded(chain, 'deductive')).toEqual({ a: 'out', b: 'out', c: 'out', x: 'in' });
    expect(grounded(chain, 'necessary')).toEqual({ a: 'in', b: 'in', c: 'out', x: 'in' });
  });
});

describe('undercuts', () => {
  const undercut = miniMap({ s: 1, t: 1, u: 1 }, [
    ['s', 'opposes', 't', 'e1'],
    ['u', 'undercuts', 'e1'],
  ]);

  it('become a chain through the attack’s inference, which the undercutter defeats', () => {
    expect(attacks(buildFramework(prepareGraph(undercut), 'none'))).toEqual([
      'e1#conclusion→t inference',
      'e1#inference→e1#conclusion inference',
      's→e1#inference inference',
      'u→e1#conclusion direct',
    ]);
  });

  it('keep the attacked node in when the undercutter is accepted, and let it fall when not', () => {
    expect(grounded(undercut, 'none')).toEqual({ s: 'in', t: 'in', u: 'in' });
    const defeated = miniMap({ s: 1, t: 1, u: 1, v: 1 }, [
      ['s', 'opposes', 't', 'e1'],
      ['u', 'undercuts', 'e1'],
      ['v', 'opposes', 'u'],
    ]);
    expect(grounded(defeated, 'none')).toEqual({ s: 'in', t: 'out', u: 'out', v: 'in' });
  });

  it('on a supports edge are reported as ignored under deductive support', () => {
    const onSupport = miniMap({ a: 1, b: 1, u: 1 }, [
      ['a', 'supports', 'b', 'e1'],
      ['u', 'undercuts', 'e1'],
    ]);
    const af = buildFramework(prepareGraph(onSupport), 'deductive');
    expect(af.diagnostics.map((d) => d.code)).toEqual(['evaluate/undercut-on-support-ignored']);
  });
});

describe('limits', () => {
  it('refuse to derive more attacks than allowed, with an error diagnostic', () => {
    const af = buildFramework(prepareGraph(map), 'deductive', { maxAttacks: 1 });
    expect(af.diagnostics[0]).toMatchObject({ severity: 'error', code: 'evaluate/too-many-attacks' });
  });
});

describe('lazy attacker lists', () => {
  it('hold the same attacks, read on demand, as lists filled up front', () => {
    const undercut = miniMap({ a: 1, b: 1, c: 1, u: 1 }, [
      ['a', 'supports', 'b'],
      ['c', 'opposes', 'b', 'cb'],
      ['b', 'opposes', 'c'],
      ['u', 'undercuts', 'cb'],
    ]);
    for (const support of ['none', 'deductive', 'necessary'] as const) {
      for (const source of [map, undercut]) {
        const lazy = buildFramework(prepareGraph(source), support, { lazyAttackers: true });
        expect(Object.getOwnPropertyDescriptor(lazy, 'attackers')?.get).toBeTypeOf('function');
        expect(attacks(lazy)).toEqual(attacks(buildFramework(prepareGraph(source), support)));
      }
    }
  });
});
