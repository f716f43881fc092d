/**
 * A framework file's bytes to the solver's arrays, as the CLI's `evaluate` and `iccma` read them:
 * `p af` through the byte-level fast path when it applies ({@link readIccmaBytes}), everything
 * else (other formats, and any `p af` file the fast path does not take) decoded as UTF-8 and read
 * by the format's text reader, which gives the diagnostics.
 *
 * @module
 */
import { ok, type Result } from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { decodeUtf8 } from '../input.ts';
import type { FrameworkArrays } from './frameworkArrays.ts';
import { FRAMEWORK_READERS } from './iccmaFormats.ts';
import { readIccmaBytes } from './readIccmaBytes.ts';

/** The framework read, and the decoded text when there is one (diagnostics quote from it). */
export interface FrameworkRead {
  read: Result<FrameworkArrays>;
  text?: string;
}

/** Reads a framework file of format `formatId` from its bytes; see the module comment. */
export function readFrameworkBytes(
  bytes: Uint8Array,
  formatId: keyof typeof FRAMEWORK_READERS,
  options?: ParseOptions,
): FrameworkRead {
  if (formatId === 'iccma') {
    const fast = readIccmaBytes(bytes, options);
    if (fast) return { read: ok(fast) };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { read: decoded };
  const text = decoded.value.charCodeAt(0) === 0xfeff ? decoded.value.slice(1) : decoded.value;
  return { read: FRAMEWORK_READERS[formatId](text, options), text };
}
