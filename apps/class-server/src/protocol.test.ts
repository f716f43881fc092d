import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MESSAGE, readMessageHead } from './protocol.ts';

function message(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe('readMessageHead', () => {
  it('finds the update in a sync update message', () => {
    const data = message((e) => {
      encoding.writeVarString(e, 'room');
      encoding.writeVarUint(e, MESSAGE.sync);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, new Uint8Array([1, 2, 3]));
    });
    expect(readMessageHead(data)).toEqual({
      documentName: 'room',
      type: 0,
      update: new Uint8Array([1, 2, 3]),
    });
  });

  it('reads other messages by type only', () => {
    const data = message((e) => {
      encoding.writeVarString(e, 'room');
      encoding.writeVarUint(e, MESSAGE.awareness);
    });
    expect(readMessageHead(data)).toEqual({ documentName: 'room', type: MESSAGE.awareness });
  });

  it('returns undefined for truncated or unknown sync messages', () => {
    expect(readMessageHead(new Uint8Array([200]))).toBeUndefined();
    const unknownSync = message((e) => {
      encoding.writeVarString(e, 'room');
      encoding.writeVarUint(e, MESSAGE.sync);
      encoding.writeVarUint(e, 9);
      encoding.writeVarUint8Array(e, new Uint8Array([1]));
    });
    expect(readMessageHead(unknownSync)).toBeUndefined();
  });
});
