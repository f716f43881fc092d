import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkRoots } from './roots.ts';

function copy(doc: Y.Doc): Y.Doc {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  return clone;
}

describe('checkRoots', () => {
  it('accepts changes to the map roots', () => {
    const before = new Y.Doc();
    const after = copy(before);
    after.getMap('meta').set('title', 'x');
    expect(checkRoots(before, after)).toEqual([]);
  });

  it('refuses a root the layout does not have, as a remote update creates it', () => {
    const before = new Y.Doc();
    const client = new Y.Doc();
    client.getMap('junk').set('a', 1);
    const after = copy(before);
    Y.applyUpdate(after, Y.encodeStateAsUpdate(client));
    expect(checkRoots(before, after)).toContainEqual(
      expect.objectContaining({ code: 'unknown-root', path: ['junk'] }),
    );
  });

  it("refuses a client's write to the class state or the attributions", () => {
    const before = new Y.Doc();
    const after = copy(before);
    after.getMap('class').set('locked', false);
    after.getMap('contributions').set('n1', { by: 'me', name: 'Me' });
    expect(checkRoots(before, after).map((d) => d.code)).toEqual(['server-only', 'server-only']);
  });
});
