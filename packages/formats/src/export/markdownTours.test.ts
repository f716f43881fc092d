import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { exportMarkdown, markdownFormat } from './markdownExport.ts';
import { schoolPhonesMap } from './testMap.ts';

function touredMap() {
  const map = schoolPhonesMap();
  map.tours = [
    {
      id: 't1',
      title: 'Class walk-through',
      steps: [
        { id: 's1', title: 'The question', nodes: ['q'], notes: 'Ask the class first.\nThen reveal.' },
        { id: 's2', nodes: ['p1', 'p2'] },
        { id: 's3', title: 'Evidence *matters*', nodes: ['e1', 'gone'] },
      ],
    },
    { id: 't2', title: '<b>Recap</b>', steps: [] },
  ];
  return map;
}

describe('Markdown tours', () => {
  it('writes each tour as numbered steps naming the statements they show, with the notes', () => {
    const md = exportMarkdown(touredMap());
    expect(md).toContain(
      [
        '## Tour: Class walk-through',
        '',
        '1. **The question:** “Should the school ban phones in class?”',
        '   *Notes:* Ask the class first. Then reveal.',
        '2. **Step 2:** “Yes: ban them”; “No: teach responsible use”',
        '3. **Evidence \\*matters\\*:** “Students near devices score lower”; *(gone, not in the map)*',
      ].join('\n'),
    );
  });

  it('says when a tour has no steps, and keeps markup in titles inert', () => {
    const md = exportMarkdown(touredMap());
    expect(md).toContain('## Tour: &lt;b>Recap&lt;/b>\n\n*This tour has no steps yet.*');
    expect(md).not.toContain('<b>');
  });

  it('puts the tours after the outline and before the sources', () => {
    const md = exportMarkdown(touredMap());
    const tours = md.indexOf('## Tour: Class walk-through');
    expect(tours).toBeGreaterThan(md.indexOf('### Position: No: teach responsible use'));
    expect(tours).toBeLessThan(md.indexOf('## Sources'));
  });

  it('writes every step of the example map’s tour, in order, and needs no warning for it', () => {
    const tour = exportControlsExample.tours?.[0];
    if (!tour) throw new Error('the example map has a tour');
    const written = markdownFormat.serialize?.(exportControlsExample);
    const md = typeof written === 'string' ? written : written?.ok ? written.value : '';
    const codes = typeof written === 'string' ? [] : (written?.diagnostics ?? []).map((d) => d.code);
    expect(codes).not.toContain('tours-dropped');
    const numbered = md.split('\n').filter((line) => /^\d+\. \*\*/u.test(line));
    expect(md).toContain(`## Tour: ${tour.title}`);
    expect(numbered.map((line) => line.replace(/:\*\*.*$/u, '').replace(/^\d+\. \*\*/u, ''))).toEqual(
      tour.steps.map((step, index) => step.title ?? `Step ${index + 1}`),
    );
  });

  it('sums up a step that shows the whole map instead of listing every statement again', () => {
    const map = touredMap();
    const all = [...map.nodes.keys()];
    map.tours = [{ id: 't', title: 'End', steps: [{ id: 's', title: 'Everything', nodes: all }] }];
    expect(exportMarkdown(map)).toContain(`1. **Everything:** *every statement of the map (${all.length})*`);
  });

  it('adds nothing to a map without tours', () => {
    expect(exportMarkdown(schoolPhonesMap())).not.toContain('Tour');
  });
});
