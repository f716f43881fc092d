import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate/evaluate.ts';
import { exportControlsExample } from '../examples/exportControls.ts';
import { createMap } from './createMap.ts';
import { Table } from './table.ts';

describe('console.log shows maps and results as the data they hold', () => {
  it('prints a table as its entries under its own name, not as an empty Table {}', () => {
    const table = Table.fromRecord({ q: { text: 'Why?' }, p: { text: 'Because' } });
    expect(inspect(table)).toBe("Table(2) { 'q' => { text: 'Why?' }, 'p' => { text: 'Because' } }");
    expect(inspect(createMap({ title: 'x' }))).toContain('nodes: Table(0) {}');
  });

  it('prints evaluation results by node id, with labels and strengths', () => {
    const evaluation = evaluate(exportControlsExample, { semantics: 'grounded' });
    if (!evaluation.ok) throw new Error('the example evaluates');
    const printed = inspect(evaluation.value.nodes);
    expect(printed).toMatch(/^NodeResults\(82\) \{\n {2}'q' => \{ label: '(in|out|undec)'/u);
  });

  it('keeps Node’s limits: nested too deep it names the table, and long tables are cut with a count', () => {
    expect(inspect({ a: { b: { c: Table.fromRecord({ x: 1 }) } } })).toContain('[Table(1)]');
    const big = Table.fromEntries(Array.from({ length: 500 }, (_, i) => [`n${i}`, i] as const));
    expect(inspect(big)).toContain('... 400 more items');
  });
});
