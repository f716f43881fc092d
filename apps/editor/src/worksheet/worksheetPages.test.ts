import { createMap, exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { worksheetPages } from './worksheetPages.ts';

describe('worksheetPages', () => {
  it('gives each position of the example its own page, under the question', () => {
    const pages = worksheetPages(exportControlsExample);
    const positions = exportControlsExample.nodes.toArray().filter((node) => node.kind === 'position');
    expect(pages.map((page) => page.position)).toEqual(positions.map((node) => node.text));
    expect(pages.map((page) => `${page.number}/${page.of}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    for (const page of pages) expect(page.questions).toEqual([exportControlsExample.nodes.get('q')?.text]);
  });

  it('gives a map without positions one page with a blank position', () => {
    const map = createMap({ title: 'Empty' });
    map.nodes = map.nodes.set('q', { id: 'q', kind: 'question', text: 'Why?', baseScore: 0.5 });
    expect(worksheetPages(map)).toEqual([{ questions: ['Why?'], position: undefined, number: 1, of: 1 }]);
  });
});
