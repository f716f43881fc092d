import { fromDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { formats } from '../registry.ts';

const EVIL = '\u001b]0;pwned\u0007\u001b[2J\u202egnp.exe\u009b31m\u2028';

/** A small map with escape sequences, a bell and a right-to-left override in every kind of text. */
const hostile = fromDocument({
  format: 'argmap',
  version: 2,
  meta: { title: `Title${EVIL}`, description: `About${EVIL}` },
  nodes: {
    q: { id: 'q', kind: 'question', text: `Question${EVIL}`, baseScore: 0.5 },
    [`p${EVIL}`]: {
      id: `p${EVIL}`,
      kind: 'position',
      text: `Position${EVIL}`,
      baseScore: 0.5,
      tags: [`t${EVIL}`],
    },
    e: {
      id: 'e',
      kind: 'evidence',
      text: `Evidence${EVIL}`,
      baseScore: 0.5,
      notes: `Note${EVIL}`,
      evidence: { quote: `Quote${EVIL}`, kind: 'news', source: { speaker: `Speaker${EVIL}` } },
    },
  },
  edges: {
    s: { id: 's', kind: 'supports', source: `p${EVIL}`, target: 'q' },
    o: { id: 'o', kind: 'opposes', source: 'e', target: `p${EVIL}` },
  },
});

// Active in a terminal or an editor: C0 controls but line breaks and tabs, DEL, C1, bidi controls, separators.
const ACTIVE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

describe('every writer', () => {
  for (const format of formats.filter((f) => f.serialize)) {
    it(`${format.id}: writes no character that could drive a terminal or reorder text`, () => {
      const written = format.serialize?.(hostile);
      const text = typeof written === 'string' ? written : written?.ok ? written.value : '';
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(ACTIVE);
    });
  }

  it('says how many texts had such characters, once, in each text format that shows them as codes', () => {
    for (const id of ['markdown', 'mermaid', 'dot', 'csv', 'iccma', 'apx', 'tgf']) {
      const written = formats.find((f) => f.id === id)?.serialize?.(hostile);
      const warnings =
        typeof written === 'object'
          ? written.diagnostics.filter((d) => d.code === 'control-characters-shown')
          : [];
      expect(warnings, id).toHaveLength(1);
      expect(warnings[0]?.message, id).toMatch(/^\d+ texts held control or bidi characters/u);
    }
  });
});
