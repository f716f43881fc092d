import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { handoutFacts, percent, readingOrder } from './handoutFacts.ts';

const facts = handoutFacts(exportControlsExample, { strengths: {}, statuses: {}, semantics: '' });

describe('handoutFacts', () => {
  it('numbers each distinct source once, in reading order, and gives every piece of evidence its number', () => {
    const evidence = readingOrder(exportControlsExample).filter((node) => node.evidence);
    expect(evidence.map((node) => facts.sourceOf.get(node.id))).not.toContain(undefined);
    // Numbers appear in order of first citation: 1, 2, … with no gaps.
    const firsts = [...new Set(evidence.map((node) => facts.sourceOf.get(node.id)))];
    expect(firsts).toEqual(facts.sources.map((source) => source.number));
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    // Two pieces of evidence by the same speaker in the same article share a number.
    const amodei = evidence.filter((node) => node.evidence?.source.speaker === 'Dario Amodei');
    expect(amodei.length).toBeGreaterThan(1);
    expect(new Set(amodei.map((node) => facts.sourceOf.get(node.id))).size).toBe(1);
  });

  it('lists every node once in reading order, the question first', () => {
    const order = readingOrder(exportControlsExample).map((node) => node.id);
    expect(order[0]).toBe('q');
    expect([...order].sort()).toEqual([...exportControlsExample.nodes.keys()].sort());
  });

  it('writes strengths as the canvas does', () => {
    expect(percent(0.734)).toBe('73%');
    expect(percent(undefined)).toBe('');
  });
});
