import { type ArgMapDocument, toDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../core/test/maps.ts';
import { type ChangeContext, checkChange } from './checkChange.ts';
import type { Contribution } from './layout.ts';

const teacher = { id: 't', role: 'teacher', name: 'Teacher' } as const;
const ada = { id: 's1', role: 'student', name: 'Ada' } as const;

function context(member: ChangeContext['member'], extra: Partial<ChangeContext> = {}): ChangeContext {
  const owners: Record<string, Contribution> = { mine: { by: 's1', name: 'Ada' } };
  return {
    member,
    locked: false,
    limits: { maxItems: 100 },
    contributionOf: (id) => owners[id],
    ...extra,
  };
}

const before = (): ArgMapDocument => toDocument(smallMap());

function withNode(doc: ArgMapDocument, id: string, text = 'A new reason'): ArgMapDocument {
  return {
    ...doc,
    nodes: { ...doc.nodes, [id]: { id, kind: 'claim', text, baseScore: 0.5 } },
    edges: { ...doc.edges, [`e-${id}`]: { id: `e-${id}`, kind: 'supports', source: id, target: 'p1' } },
  };
}

describe('checkChange', () => {
  it('accepts a student adding a reason, and names what was added', () => {
    const r = checkChange(before(), withNode(before(), 'n9'), context(ada));
    expect(r).toMatchObject({ ok: true, value: { added: ['n9', 'e-n9'], changed: true } });
  });

  it('accepts no change at all, even while locked', () => {
    expect(checkChange(before(), before(), context(ada, { locked: true }))).toMatchObject({
      ok: true,
      value: { changed: false },
    });
  });

  it('refuses every student change while the map is locked, but not the teacher', () => {
    const after = withNode(before(), 'n9');
    const r = checkChange(before(), after, context(ada, { locked: true }));
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe('class-locked');
    expect(checkChange(before(), after, context(teacher, { locked: true })).ok).toBe(true);
  });

  it("refuses a student's edit of the teacher's node, naming the node", () => {
    const b = before();
    const after = { ...b, nodes: { ...b.nodes, q: { ...b.nodes.q, text: 'Vandalised' } } } as ArgMapDocument;
    const r = checkChange(b, after, context(ada));
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'not-yours', path: ['nodes', 'q'] }),
    );
  });

  it('lets a student change and remove what they added', () => {
    const b = withNode(before(), 'mine');
    const edited = withNode(before(), 'mine', 'Better wording');
    expect(checkChange(b, edited, context(ada)).ok).toBe(true);
    expect(
      checkChange(b, before(), { ...context(ada), contributionOf: () => ({ by: 's1', name: 'Ada' }) }).ok,
    ).toBe(true);
  });

  it("keeps the meta and tours the teacher's", () => {
    const b = before();
    const r = checkChange(b, { ...b, meta: { ...b.meta, title: 'Mine now' } }, context(ada));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'teacher-only', path: ['meta'] }));
    expect(checkChange(b, { ...b, meta: { ...b.meta, title: 'Renamed' } }, context(teacher)).ok).toBe(true);
  });

  it("refuses a change that breaks the map's rules, with the core's code and path", () => {
    const b = before();
    const after = {
      ...b,
      edges: { ...b.edges, bad: { id: 'bad', kind: 'supports', source: 'q', target: 'nowhere' } },
    } as ArgMapDocument;
    const r = checkChange(b, after, context(teacher));
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'dangling-edge' }));
  });

  it('refuses evidence without its source block', () => {
    const b = before();
    const { evidence: _, ...bare } = b.nodes.ev1 as NonNullable<ArgMapDocument['nodes'][string]>;
    const r = checkChange(b, { ...b, nodes: { ...b.nodes, ev1: bare } }, context(teacher));
    expect(r.ok).toBe(false);
  });

  it('refuses fields the format does not know, as errors', () => {
    const b = before();
    const after = {
      ...b,
      nodes: { ...b.nodes, q: { ...b.nodes.q, colour: 'red' } },
    } as unknown as ArgMapDocument;
    const r = checkChange(b, after, context(teacher));
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'unknown-field' });
  });

  it('refuses a map past the room size limit', () => {
    const r = checkChange(before(), withNode(before(), 'n9'), context(teacher, { limits: { maxItems: 12 } }));
    expect(r.diagnostics[0]).toMatchObject({ code: 'map-too-large' });
    expect(r.diagnostics[0]?.message).toContain('at most 12');
  });
});
