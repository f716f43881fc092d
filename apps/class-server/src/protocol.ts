/**
 * Reading the head of a Hocuspocus message, enough to guard it: the document name, the message
 * type and, for a sync message that carries one, the Yjs update. The layout is Hocuspocus's
 * (a var-string name, a var-uint type) wrapping y-protocols' sync messages.
 *
 * @module
 */

import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';

/** Hocuspocus 3 message types (`MessageType` in @hocuspocus/server). */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;

/** The parts of a message the guard needs. */
export interface MessageHead {
  documentName: string;
  type: number;
  /** The Yjs update of a sync step 2 or update message. */
  update?: Uint8Array;
}

/** One entry of an awareness update: a Yjs client's presence state (`null`: it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/**
 * The entries of an awareness message (y-protocols' encoding: a count, then client id, clock and
 * JSON state of each); `undefined` if the bytes are not one.
 */
export function readAwarenessEntries(data: Uint8Array): AwarenessEntry[] | undefined {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE.awareness) return undefined;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(update)) });
    }
    return entries;
  } catch {
    return undefined;
  }
}

/** Reads a message's head; `undefined` if the bytes are not a well-formed Hocuspocus message. */
export function readMessageHead(data: Uint8Array): MessageHead | undefined {
  try {
    const decoder = decoding.createDecoder(data);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE.sync && type !== MESSAGE.syncReply) return { documentName, type };
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === messageYjsSyncStep2 || syncType === messageYjsUpdate) {
      return { documentName, type, update: payload };
    }
    return syncType === 0 ? { documentName, type } : undefined;
  } catch {
    return undefined;
  }
}
