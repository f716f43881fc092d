import type { ArgMap } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { parseArgdown } from './argdownFormat.ts';

const now = new Date('2026-01-01T00:00:00Z');

function imported(text: string): ArgMap {
  const result = parseArgdown(text, { now });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

/** `source kind target` per edge, with undercut targets spelled out. */
function relations(map: ArgMap): string[] {
  return map.edges
    .toArray()
    .map((e) => {
      const attacked = map.edges.get(e.target);
      const target = attacked ? `(${attacked.source} ${attacked.kind} ${attacked.target})` : e.target;
      return `${e.source} ${e.kind} ${target}`;
    })
    .sort();
}

describe('parseArgdown', () => {
  it('imports a pro/con tree with titles, directions, tags and data', () => {
    const map = imported(`===
title: Uniforms
author: Ana, Ben
===

[Uniforms]: Schools should require uniforms. {kind: position}
  + [Equality]: Uniforms hide income differences. #pro {score: 0.8}
    - Pupils still show income through phones.
  -> [Cost]: Uniforms cost money.
  <_ [Cheap]: Second-hand uniforms are cheap.
`);
    expect(map.meta).toMatchObject({ title: 'Uniforms', authors: ['Ana', 'Ben'] });
    expect(map.nodes.get('Uniforms')).toMatchObject({
      kind: 'position',
      text: 'Schools should require uniforms.',
    });
    expect(map.nodes.get('Equality')).toMatchObject({ kind: 'claim', tags: ['pro'], baseScore: 0.8 });
    expect(map.nodes.get('untitled-1')?.text).toBe('Pupils still show income through phones.');
    expect(relations(map)).toEqual([
      'Cheap undercuts (Uniforms opposes Cost)',
      'Equality supports Uniforms',
      'Uniforms opposes Cost',
      'untitled-1 opposes Equality',
    ]);
  });

  it('merges an equivalence class into one node and keeps the other wordings in its notes', () => {
    const map = imported('[A]: First wording.\n\n[A]: Second wording.\n  + [B]: Reason.\n');
    expect([...map.nodes.keys()].sort()).toEqual(['A', 'B']);
    expect(map.nodes.get('A')?.text).toBe('First wording.');
    expect(map.nodes.get('A')?.notes).toContain('Second wording.');
  });

  it('turns a premise–conclusion structure into premises supporting the argument, which supports its conclusion', () => {
    const map = imported(`[C]: Conclusion.

<Arg>: The argument.

(1) [P1]: First premise.
(2) Second premise
    on two lines.
-- modus ponens --
(3) [C]
`);
    expect(map.nodes.get('untitled-1')?.text).toBe('Second premise on two lines.');
    expect(relations(map)).toEqual(['Arg supports C', 'P1 supports Arg', 'untitled-1 supports Arg']);
    expect(map.nodes.get('Arg')?.notes).toContain('-- modus ponens --');
    expect(map.nodes.get('Arg')?.notes).toContain('(3) [C]: Conclusion. (main conclusion)');
  });

  it('keeps loose paragraphs and headings as the map description, not as nodes', () => {
    const map = imported('# Intro\n\nSome prose about the debate.\n\n[A]: Claim.\n');
    expect([...map.nodes.keys()]).toEqual(['A']);
    expect(map.meta.description).toBe('Intro\n\nSome prose about the debate.');
    expect(map.nodes.get('A')?.notes).toBe('Section: Intro');
  });

  it('reads evidence with its source from inline data, never following or running anything', () => {
    const map = imported(
      '[Q]: Quote text. {kind: evidence, evidenceKind: study, speaker: "Dr. Lee", url: "https://x.org/a", outlet: Nature}\n  +> [T]: Target.\n',
    );
    expect(map.nodes.get('Q')?.evidence).toEqual({
      quote: 'Quote text.',
      kind: 'study',
      source: { speaker: 'Dr. Lee', url: 'https://x.org/a', outlet: 'Nature' },
    });
    const unsafe = parseArgdown('[Q]: Quote. {kind: evidence, url: "javascript:alert(1)"}\n');
    expect(unsafe.ok && unsafe.value.nodes.get('Q')?.evidence?.source.url).toBeUndefined();
    expect(unsafe.diagnostics.map((d) => d.code)).toContain('argdown-unsafe-url');
  });

  it('keeps unknown data and frontmatter settings instead of dropping them silently', () => {
    const result = parseArgdown('===\ntitle: T\ncolor: red\n===\n\n[A]: Text. {source: "C1a"}\n');
    expect(result.ok && result.value.nodes.get('A')?.notes).toContain('source: C1a');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'argdown-frontmatter-ignored', severity: 'warning' }),
    );
  });

  it('unescapes backslash escapes and strips emphasis markers', () => {
    const map = imported('[A]: Costs \\$40 \\#not-a-tag and *really* matters.\n');
    expect(map.nodes.get('A')?.text).toBe('Costs $40 #not-a-tag and really matters.');
    expect(map.nodes.get('A')?.tags).toBeUndefined();
  });

  it('ignores comments but not the text around them', () => {
    const map = imported('[A]: Kept. <!-- hidden -->\n  /* gone\n  */\n  + [B]: Also kept. // note\n');
    expect(map.nodes.get('A')?.text).toBe('Kept.');
    expect(map.nodes.get('B')?.text).toBe('Also kept.');
    expect(relations(map)).toEqual(['B supports A']);
  });

  it('imports an undercut of a statement with nothing to undercut as an opposition, with a warning', () => {
    const result = parseArgdown('[A]: Alone.\n  _ [B]: Undercut.\n');
    expect(result.ok && relations(result.value)).toEqual(['B opposes A']);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'argdown-undercut-without-inference',
      line: 2,
      column: 3,
    });
  });

  it('keeps link text in the statement and the link target in its notes', () => {
    const map = imported('[A]: See [the report](https://example.org/r) for details.\n');
    expect(map.nodes.get('A')?.text).toBe('See the report for details.');
    expect(map.nodes.get('A')?.notes).toContain('https://example.org/r');
  });

  it('reads list items as separate statements and lets headings run over two lines', () => {
    const map = imported(
      '# Reasons\nfor and against\n\n[T]: Thesis.\n\n* First item\n  + [R]: Reason.\n* Second item\n',
    );
    expect(map.meta.description).toBe('Reasons for and against\n\nSecond item');
    expect(map.nodes.get('untitled-1')?.text).toBe('First item');
    expect(relations(map)).toEqual(['R supports untitled-1']);
  });

  it('attaches a dedented relation to the block it dedents into, as @argdown/core does', () => {
    const map = imported('[A]: a\n  - [C]: c\n      + [D]: d\n    -> [G]: g\n');
    // G is written less indented than D but more than C: Argdown makes it C's sibling, so A attacks G.
    expect(relations(map)).toEqual(['A opposes G', 'C opposes A', 'D supports C']);
  });

  it('rejects oversized and binary input with a diagnostic', () => {
    expect(parseArgdown('[A]: x', { maxLength: 3 }).diagnostics[0]?.code).toBe('input-too-large');
    expect(parseArgdown('[A]: x\u0000').diagnostics[0]).toMatchObject({
      code: 'binary-input',
      line: 1,
      column: 7,
    });
  });
});
