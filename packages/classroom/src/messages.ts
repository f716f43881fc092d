/**
 * The messages a class server sends a client besides Yjs sync, as Hocuspocus "stateless" payloads
 * (JSON text). A client shows `refused` to the person who made the change; `class` says the lock
 * changed (the same state is in the document's `class` map for late joiners).
 *
 * @module
 */

import type { Diagnostic } from '@argmap/core';

/** A change the server would not accept, and why. The document is left as it was. */
export interface RefusedMessage {
  type: 'refused';
  /** The main reason's code, e.g. `class-locked`, `dangling-edge`, `rate-limited`. */
  code: string;
  /** A sentence to show the person. */
  message: string;
  /** Every problem found, with paths into the map (as `validateMap` reports them). */
  diagnostics: Diagnostic[];
}

/** The teacher locked or unlocked the map. */
export interface ClassStateMessage {
  type: 'class';
  locked: boolean;
}

/** Anything a class server sends as a stateless message. */
export type ServerMessage = RefusedMessage | ClassStateMessage;

/** The message for a refused change, from the diagnostics that refused it. */
export function refusedMessage(diagnostics: Diagnostic[]): RefusedMessage {
  const first = diagnostics[0];
  return {
    type: 'refused',
    code: first?.code ?? 'refused',
    message: first?.message ?? 'The server refused this change.',
    diagnostics,
  };
}

/** Reads a stateless payload from a class server; `undefined` for anything else. Never throws. */
export function parseServerMessage(payload: string): ServerMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.type === 'refused' && typeof v.code === 'string' && typeof v.message === 'string') {
    return {
      type: 'refused',
      code: v.code,
      message: v.message,
      diagnostics: Array.isArray(v.diagnostics) ? (v.diagnostics as Diagnostic[]) : [],
    };
  }
  if (v.type === 'class' && typeof v.locked === 'boolean') return { type: 'class', locked: v.locked };
  return undefined;
}
