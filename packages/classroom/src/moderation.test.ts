import { type ArgMapDocument, validateMap } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChange } from './checkChange.ts';
import { CONTRIBUTIONS } from './layout.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { acceptContribution, hideContribution, readHidden, showContribution } from './moderation.ts';
import { contributionOf, readDocument } from './readDoc.ts';
import { writeDocument } from './writeDoc.ts';

/** Ban phones? ← yes ← ada1 (Ada's reason) ← grace1 (Grace's objection to it), plus an undercut of ada1's link. */
function classMap(): Y.Doc {
  const doc = new Y.Doc();
  const map: ArgMapDocument = {
    format: 'argmap',
    version: 2,
    meta: { title: 'Phones' },
    nodes: {
      q: { id: 'q', kind: 'question', text: 'Ban phones?', baseScore: 0.5 },
      yes: { id: 'yes', kind: 'position', text: 'Ban them', baseScore: 0.5 },
      ada1: { id: 'ada1', kind: 'claim', text: 'Fewer distractions', baseScore: 0.5 },
      grace1: { id: 'grace1', kind: 'claim', text: 'Phones help some learn', baseScore: 0.5 },
      cut: { id: 'cut', kind: 'claim', text: 'Distraction is not the issue', baseScore: 0.5 },
    },
    edges: {
      e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
      e2: { id: 'e2', kind: 'supports', source: 'ada1', target: 'yes' },
      e3: { id: 'e3', kind: 'opposes', source: 'grace1', target: 'ada1' },
      e4: { id: 'e4', kind: 'undercuts', source: 'cut', target: 'e2' },
    },
  };
  writeDocument(doc, map);
  const contributions = doc.getMap(CONTRIBUTIONS);
  contributions.set('ada1', { by: 'ada', name: 'Ada' });
  contributions.set('grace1', { by: 'grace', name: 'Grace' });
  return doc;
}

describe("the teacher's moderation", () => {
  it('hides a contribution with everything that bears on it, leaving a valid map, and shows it back', () => {
    const doc = classMap();
    const before = readDocument(doc);
    expect(hideContribution(doc, 'ada1', 'teacher')).toEqual({ ok: true, nodes: 3 });
    const after = readDocument(doc);
    expect(Object.keys(after.nodes).sort()).toEqual(['q', 'yes']);
    expect(Object.keys(after.edges)).toEqual(['e1']);
    expect(validateMap(after).ok).toBe(true);
    expect(readHidden(doc).ada1?.by).toEqual({ by: 'ada', name: 'Ada' });

    expect(showContribution(doc, 'ada1')).toEqual({ ok: true, nodes: 3 });
    const back = readDocument(doc);
    expect(Object.keys(back.nodes).sort()).toEqual(Object.keys(before.nodes).sort());
    expect(Object.keys(back.edges).sort()).toEqual(Object.keys(before.edges).sort());
    expect(back.nodes.ada1).toEqual(before.nodes.ada1);
    expect(readHidden(doc)).toEqual({});
  });

  it("hides only students' contributions", () => {
    const doc = classMap();
    expect(hideContribution(doc, 'yes', 'teacher')).toMatchObject({ ok: false, code: 'not-a-contribution' });
    expect(hideContribution(doc, 'nope', 'teacher')).toMatchObject({ ok: false, code: 'unknown-node' });
    expect(showContribution(doc, 'yes')).toMatchObject({ ok: false, code: 'not-hidden' });
  });

  it('accepts a contribution: its author can no longer change it', () => {
    const doc = classMap();
    expect(acceptContribution(doc, 'ada1', 'teacher')).toEqual({ ok: true, nodes: 1 });
    expect(contributionOf(doc, 'ada1')).toEqual({ by: 'ada', name: 'Ada', accepted: true });
    const before = readDocument(doc);
    const after = {
      ...before,
      nodes: { ...before.nodes, ada1: { ...before.nodes.ada1, text: 'Less distraction' } },
    } as ArgMapDocument;
    const checked = checkChange(before, after, {
      member: { id: 'ada', role: 'student', name: 'Ada' },
      locked: false,
      limits: DEFAULT_LIMITS,
      contributionOf: (id) => contributionOf(doc, id),
    });
    expect(checked.ok).toBe(false);
    expect(checked.diagnostics[0]).toMatchObject({
      code: 'accepted-by-teacher',
      message: '“Fewer distractions” was accepted by the teacher: only the teacher changes it now.',
    });
  });
});
