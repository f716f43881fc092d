/**
 * Room names, join codes and tokens, all from the operating system's cryptographic random source.
 * Tokens carry 256 bits and are stored only as SHA-256 hashes; a join code is short enough to
 * type (8 characters, no look-alikes such as 0/O or 1/I) and lets someone join only as a student.
 *
 * @module
 */

import { createHash, randomBytes, randomInt } from 'node:crypto';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Characters in a join code: 32^8 ≈ 10^12 codes. */
export const CODE_LENGTH = 8;

/** A new secret token (43 URL-safe characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new room name, unguessable (it also names the document in the store). */
export function newRoom(): string {
  return `class-${randomBytes(12).toString('base64url')}`;
}

/** A new member id (public inside the room: it attributes contributions). */
export function newMemberId(): string {
  return randomBytes(8).toString('base64url');
}

/** A new join code such as `K7Q2-MX4P` without the dash: `K7Q2MX4P`. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A join code as typed (lower case, spaces or dashes) in its stored form, or `undefined` if it cannot be one. */
export function normalizeJoinCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** The hash under which a token is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
