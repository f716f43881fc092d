import { describe, expect, it } from 'vitest';
import { parseServerMessage, refusedMessage } from './messages.ts';

describe('server messages', () => {
  it('round-trips a refusal and a lock change', () => {
    const refused = refusedMessage([{ severity: 'error', code: 'class-locked', message: 'Locked.' }]);
    expect(parseServerMessage(JSON.stringify(refused))).toEqual(refused);
    expect(parseServerMessage('{"type":"class","locked":true}')).toEqual({ type: 'class', locked: true });
  });

  it('ignores anything else without throwing', () => {
    for (const junk of [
      '',
      'not json',
      'null',
      '[]',
      '{"type":"refused"}',
      '{"type":"class","locked":"yes"}',
    ]) {
      expect(parseServerMessage(junk)).toBeUndefined();
    }
  });
});
