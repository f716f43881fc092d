import { describe, expect, it } from 'vitest';
import { createMap } from './createMap.ts';
import { Table } from './table.ts';

describe('createMap', () => {
  it('makes an empty map in the current format, stamped with the given time', () => {
    const map = createMap({ title: 'Chips' }, new Date('2025-02-12T10:00:00Z'));
    expect(map).toEqual({
      format: 'argmap',
      version: 2,
      meta: { title: 'Chips', created: '2025-02-12T10:00:00.000Z', modified: '2025-02-12T10:00:00.000Z' },
      nodes: Table.empty(),
      edges: Table.empty(),
    });
  });
});
