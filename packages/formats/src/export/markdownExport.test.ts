import { addNode, createArgument, exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownBlock } from './markdownEscape.ts';
import { exportMarkdown } from './markdownExport.ts';
import { schoolPhonesMap } from './testMap.ts';

describe('exportMarkdown', () => {
  it('writes question, positions as sections, reasons and evidence as nested items', () => {
    const md = exportMarkdown(schoolPhonesMap());
    expect(md).toMatch(/^# Phones in class\n\nA small test debate\.\n/u);
    expect(md).toContain('## Question: Should the school ban phones in class?');
    expect(md).toContain('### Position: Yes: ban them');
    expect(md).toContain('### Position: No: teach responsible use');
    expect(md).toContain('- **For:** Phones distract students from lessons');
    expect(md).toContain(
      '- **Against:** Bans are hard to enforce *(also supports “No: teach responsible use”)*',
    );
    expect(md).toMatch(/ {2}- \*\*Evidence for:\*\* Students near devices score lower — “Students who were/u);
    expect(md).toContain(
      '- **Undercut:** Distraction does not imply a ban is the best fix *(undercuts the link to “Yes: ban them”)*',
    );
  });

  it('shows which reasons count only together: each premise of a linked argument names the others', () => {
    let map = schoolPhonesMap();
    const yes = [...map.nodes.values()].find((n) => n.text === 'Yes: ban them')?.id as string;
    for (const [id, text] of [
      ['w1', 'Phones cut attention'],
      ['w2', 'Attention drives *grades*'],
    ]) {
      const added = addNode(map, { kind: 'claim', id, text });
      if (!added.ok) throw new Error('addNode');
      map = added.value.map;
    }
    const linked = createArgument(map, {
      id: 'a1',
      conclusion: yes,
      premises: ['w1', 'w2'],
      name: 'Attention',
      scheme: 'Cause To Effect',
    });
    if (!linked.ok) throw new Error('createArgument');
    const md = exportMarkdown(linked.value.map);
    expect(md).toContain(
      '- **For, together with “Attention drives \\*grades\\*” (argument “Attention”, scheme: Cause To Effect):** Phones cut attention',
    );
    expect(md).toContain('- **For, together with “Phones cut attention”:** Attention drives \\*grades\\*');
  });

  it('cites every piece of evidence in full and lists the sources once, numbered', () => {
    const md = exportMarkdown(schoolPhonesMap());
    expect(md).toContain('— OECD, “PISA 2022 Results”, OECD Publishing, 2023 \\[1\\]');
    expect(md).toContain('## Sources');
    expect(md).toContain('1. OECD, “PISA 2022 Results”, OECD Publishing, 2023, <https://www.oecd.org/pisa/>');
    // A javascript: URL is kept as text for the reader but never becomes a link.
    expect(md).toContain('2. A teacher, javascript:alert(1) (not a web link)');
    expect(md).not.toContain('<javascript:');
  });

  it('writes a reason with two parents once, and points to it from the other', () => {
    const md = exportMarkdown(schoolPhonesMap());
    expect(md.match(/Bans are hard to enforce/gu)).toHaveLength(2);
    expect(md).toContain(
      '### Position: No: teach responsible use\n\n- **For:** Bans are hard to enforce *(see under “Yes: ban them”)*',
    );
  });

  it('writes a 5,000-deep chain without overflowing the stack', () => {
    const map = schoolPhonesMap();
    for (let i = 0; i < 5000; i++) {
      map.nodes = map.nodes.set(`d${i}`, { id: `d${i}`, kind: 'claim', text: `Step ${i}`, baseScore: 0.5 });
      map.edges = map.edges.set(`de${i}`, {
        id: `de${i}`,
        kind: 'supports',
        source: `d${i}`,
        target: i === 0 ? 'p2' : `d${i - 1}`,
      });
    }
    expect(exportMarkdown(map)).toContain(`${'  '.repeat(4999)}- **For:** Step 4999`);
  });

  it('covers every node of the example map', () => {
    const md = exportMarkdown(exportControlsExample);
    for (const node of exportControlsExample.nodes.toArray()) {
      expect(md).toContain(escapeMarkdown(node.text));
    }
  });

  it('lists nodes that are connected to nothing under their own heading', () => {
    const map = schoolPhonesMap();
    map.nodes = map.nodes.set('lonely', {
      id: 'lonely',
      kind: 'evidence',
      text: 'An orphan quote',
      baseScore: 0.5,
    });
    const md = exportMarkdown(map);
    expect(md).toContain('## Not yet connected\n\n- **Evidence:** An orphan quote — *no source given*');
  });

  it('keeps HTML and Markdown in user text inert', () => {
    const md = exportMarkdown(schoolPhonesMap({ c1: '<script>alert(1)</script> *bold* [x](javascript:y)' }));
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script>alert(1)&lt;/script> \\*bold\\* \\[x\\](javascript:y)');
  });

  it('stops text at the start of a line from becoming a heading, list or quote', () => {
    expect(escapeMarkdownBlock('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdownBlock('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdownBlock('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdownBlock('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });
});
