import { type ArgMap, type Diagnostic, fail, ok, type Result, toDocument } from '@argmap/core';
import { compressToEncodedURIComponent } from 'lz-string';
import { recoverMap } from '../storage/recoverMap.ts';
import { decompressBounded } from './boundedDecompress.ts';

/** The fragment key that marks a share link: `…/#map=<compressed map>`. */
export const SHARE_KEY = 'map';

/**
 * Longest fragment a share link may carry, in characters. Browsers accept far longer URLs
 * (Chromium about 2 MB), but links travel through chat apps, e-mail, learning platforms and URL
 * shorteners that cut or refuse long ones; 32 k keeps a class-sized map (a few hundred nodes)
 * shareable while staying well inside what those carry intact. Larger maps are shared as a file.
 */
export const MAX_SHARE_LENGTH = 32_000;

/**
 * Longest map text a share link may unfold into, in characters. Real links compress a map's JSON
 * five to ten times, so a link under {@link MAX_SHARE_LENGTH} holds at most a few hundred thousand
 * characters; a crafted one can hold hundreds of millions (a decompression bomb). Decoding stops
 * here, before that memory is spent.
 */
export const MAX_SHARED_TEXT = 1_000_000;

/**
 * The URL that opens `map` read-only. The map travels only in the fragment, which browsers never
 * send to a server: nothing leaves the student's machine until they paste the link somewhere.
 * Fails with `share-too-large` when the link would pass {@link MAX_SHARE_LENGTH}.
 */
export function createShareLink(map: ArgMap, pageUrl: string): Result<string> {
  const encoded = compressToEncodedURIComponent(JSON.stringify(toDocument(map)));
  if (encoded.length > MAX_SHARE_LENGTH) {
    return fail([
      {
        severity: 'error',
        code: 'share-too-large',
        message: `This map is too large for a link (${encoded.length.toLocaleString('en')} characters, the limit is ${MAX_SHARE_LENGTH.toLocaleString('en')}). Share the .argmap.json file instead.`,
      },
    ]);
  }
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return ok(`${base}#${SHARE_KEY}=${encoded}`);
}

/** Whether a location hash (`#map=…`) carries a shared map. */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

/**
 * Reads the map out of a share link's fragment. The fragment is untrusted: anyone can craft one.
 * Oversized input is refused before decompression, decompression stops at {@link MAX_SHARED_TEXT}, the JSON is parsed without evaluation, and the
 * result goes through the same repair as stored maps, so unsafe URLs and dangling links are removed
 * (and listed as warnings) before anything renders.
 */
export function readShareHash(hash: string): Result<ArgMap> {
  const payload = hash.replace(/^#/, '').slice(SHARE_KEY.length + 1);
  const broken = (message: string): Result<ArgMap> =>
    fail([{ severity: 'error', code: 'share-unreadable', message }]);
  if (!isShareHash(hash) || payload === '') return broken('This link does not contain a map.');
  // Decompression can expand input many times over; refuse what no real link would hold.
  if (payload.length > MAX_SHARE_LENGTH * 2)
    return broken('This link is too long to be an Argmap share link.');
  const decoded = decompressBounded(payload, MAX_SHARED_TEXT);
  if (!decoded.ok)
    return broken(
      decoded.reason === 'too-large'
        ? `This link unfolds into more than ${MAX_SHARED_TEXT.toLocaleString('en')} characters, far more than any shared map: it was not opened.`
        : 'This link is damaged (perhaps cut short when it was copied): its map cannot be read.',
    );
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    return broken('This link is damaged: its map cannot be read.');
  }
  const { map, repairs } = recoverMap(data);
  if (repairs.some((r) => r.code === 'unreadable-map'))
    return broken('This link does not contain an argument map.');
  const warnings: Diagnostic[] = repairs.map((r) => ({ ...r, severity: 'warning' }));
  return ok(map, warnings);
}
