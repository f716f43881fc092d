import { EXTENSION_SEMANTICS, evaluate } from '@argmap/core/evaluate';
import { parseIccma } from '@argmap/formats';
import { describe, expect, it } from 'vitest';
import { argmapInMemory as argmap } from '../testArgmap.ts';

// 1 ↔ 2, 2 → 3, 4 attacks itself and 5; 6 is alone.
const AF = 'p af 6\n1 2\n2 1\n2 3\n4 4\n4 5\n';

describe('argmap evaluate on a framework file (read straight into the solver)', () => {
  it('labels every argument as evaluating the imported map does, under every extension semantics', () => {
    const map = parseIccma(AF);
    if (!map.ok) throw new Error('fixture must read');
    for (const semantics of EXTENSION_SEMANTICS) {
      const direct = argmap({ 'f.af': AF }, 'evaluate', 'f.af', '--semantics', semantics, '--json');
      expect(direct.code).toBe(0);
      const printed = JSON.parse(direct.stdout) as {
        nodes: Record<string, { label: string }>;
        extensionCount: number | null;
      };
      const viaMap = evaluate(map.value, { semantics });
      if (!viaMap.ok) throw new Error('evaluation failed');
      const expected: Record<string, { label: string }> = {};
      viaMap.value.nodes.forEach((result, id) => {
        expected[id] = { label: result.label ?? '' };
      });
      expect(printed.nodes, semantics).toEqual(expected);
      expect(printed.extensionCount, semantics).toBe(viaMap.value.extensionCount);
    }
  });

  it('prints the same text table as for a map', () => {
    const text = argmap({ 'f.af': AF }, 'evaluate', 'f.af', '--semantics', 'grounded').stdout;
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Semantics: grounded, support: none',
      'Extensions: 1',
      '',
      '  undec  claim     1 [1]',
    ]);
    expect(text).toContain('     in  claim     6 [6]');
  });
});
