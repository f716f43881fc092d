import { fail, ok, type Result, type Subgraph } from '@argmap/core';

/** Marks clipboard text as Argmap nodes, so pasting other text never turns into nodes by accident. */
export const CLIPBOARD_TYPE = 'application/x-argmap-subgraph';

/** What Argmap writes to the clipboard: a tagged JSON object holding the copied nodes and edges. */
export interface ClipboardPayload {
  type: typeof CLIPBOARD_TYPE;
  version: 1;
  subgraph: Subgraph;
}

/** The clipboard text for `subgraph`. Plain JSON, so copying between tabs and maps works. */
export function serializeClipboard(subgraph: Subgraph): string {
  const payload: ClipboardPayload = { type: CLIPBOARD_TYPE, version: 1, subgraph };
  return JSON.stringify(payload);
}

/**
 * Reads clipboard text back into nodes and edges. Anything that is not an Argmap payload is a
 * `not-argmap-clipboard` diagnostic; the core's paste operation checks the nodes themselves.
 */
export function parseClipboard(text: string): Result<Subgraph> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return notOurs();
  }
  if (typeof data !== 'object' || data === null) return notOurs();
  const payload = data as Partial<ClipboardPayload>;
  if (payload.type !== CLIPBOARD_TYPE) return notOurs();
  if (payload.version !== 1) {
    return fail([
      {
        severity: 'error',
        code: 'clipboard-version',
        message: 'These nodes were copied from a newer Argmap; update this page to paste them.',
        path: ['version'],
      },
    ]);
  }
  const subgraph = payload.subgraph;
  if (!subgraph || !Array.isArray(subgraph.nodes) || !Array.isArray(subgraph.edges)) {
    return fail([
      {
        severity: 'error',
        code: 'clipboard-shape',
        message: 'The copied nodes are damaged.',
        path: ['subgraph'],
      },
    ]);
  }
  return ok(subgraph);
}

function notOurs(): Result<Subgraph> {
  return fail([
    {
      severity: 'error',
      code: 'not-argmap-clipboard',
      message: 'The clipboard holds no Argmap nodes. Copy nodes first (Ctrl+C).',
    },
  ]);
}
