import { createMap, updateMeta } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../test/smallMap.ts';
import { DEFAULT_TITLE, setNodeText, titleFromQuestion } from './nameAfterQuestion.ts';

function unnamed() {
  const renamed = updateMeta(smallDebate(), { title: DEFAULT_TITLE });
  if (!renamed.ok) throw new Error('rename failed');
  return renamed.value.map;
}

describe('a map is named after its question until the student names it', () => {
  it('takes the question’s text as the title of an untitled map, in the same edit', () => {
    const edit = setNodeText(unnamed(), 'q', 'Should phones be banned in class?');
    expect(edit.ok && edit.value.map.meta.title).toBe('Should phones be banned in class?');
    expect(edit.ok && edit.value.map.nodes.get('q')?.text).toBe('Should phones be banned in class?');
  });

  it('follows later edits of the question while the title is still the question’s', () => {
    const first = setNodeText(unnamed(), 'q', 'Ban phones?');
    if (!first.ok) throw new Error('edit failed');
    const second = setNodeText(first.value.map, 'q', 'Ban phones in class?');
    expect(second.ok && second.value.map.meta.title).toBe('Ban phones in class?');
  });

  it('never replaces a title the student typed, and ignores other kinds of node', () => {
    const named = setNodeText(smallDebate(), 'q', 'Ban phones?');
    expect(named.ok && named.value.map.meta.title).toBe('Phones in schools');
    const claim = setNodeText(unnamed(), 'yes', 'Ban them now');
    expect(claim.ok && claim.value.map.meta.title).toBe(DEFAULT_TITLE);
  });

  it('names an empty new map after its first question', () => {
    const map = createMap({ title: DEFAULT_TITLE });
    const withQuestion = {
      ...map,
      nodes: map.nodes.set('q', { id: 'q', kind: 'question' as const, text: '', baseScore: 0.5 }),
    };
    const edit = setNodeText(withQuestion, 'q', 'Is nuclear power safe?');
    expect(edit.ok && edit.value.map.meta.title).toBe('Is nuclear power safe?');
  });

  it('shortens a long question at a word', () => {
    const title = titleFromQuestion(`${'word '.repeat(40)}end`);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('word…')).toBe(true);
  });
});
