import { describe, expect, it } from 'vitest';
import type { Person } from './classSession.ts';
import { cssString, presenceRules } from './PresenceStyles.tsx';

const person = (name: string, selection: string[], self = false): Person => ({
  clientId: name.length,
  memberId: name,
  name,
  role: 'student',
  selection,
  self,
  presenting: undefined,
});

describe('presence on the canvas', () => {
  it("rings the nodes others have selected, with their names, and never one's own selection", () => {
    const css = presenceRules([
      person('Me', ['q'], true),
      person('Ada', ['yes']),
      person('Grace', ['yes', 'no']),
    ]);
    expect(css).toContain('[data-id="yes"]');
    expect(css).toContain('content: "Ada, Grace"');
    expect(css).toContain('[data-id="no"]');
    expect(css).not.toContain('[data-id="q"]');
  });

  it('keeps a hostile name or id inside its CSS string', () => {
    const hostile = '"; } body { display: none } </style><script>alert(1)</script> a[x="';
    const css = presenceRules([person(hostile, [hostile])]);
    expect(css).not.toMatch(/<\/?style|<script|display: none \}/);
    expect(css.split('{').length - 1).toBe(2);
    expect(cssString("Zoë, O'Neil (2)")).toBe("Zoë, O'Neil (2)");
  });
});
