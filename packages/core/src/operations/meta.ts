/**
 * Editing the map's metadata: title, description, authors, language, dates.
 *
 * @module
 */

import type { ArgMap, MapMeta } from '../model/types.ts';
import type { Result } from '../result.ts';
import { fail } from '../result.ts';
import { type Edit, makeEdit } from './edit.ts';
import { checkString, checkTags } from './input.ts';

const TEXT_FIELDS = ['title', 'description', 'language', 'created', 'modified'] as const;

/**
 * Changes metadata fields. An optional field set to `''`, `[]` or `undefined` is removed; the
 * title is required, so it may be changed but not removed. Editing one text field carries a
 * merge key (`meta:title`) so typing merges into one undo step.
 */
export function updateMeta(map: ArgMap, changes: Partial<MapMeta>): Result<Edit> {
  for (const field of TEXT_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    const problem = checkString(value, ['meta', field]);
    if (problem) return fail([problem]);
  }
  if (changes.authors !== undefined) {
    const problem = checkTags(changes.authors, ['meta', 'authors']);
    if (problem) return fail([{ ...problem, message: 'Authors must be a list of names.' }]);
  }
  const keys = Object.keys(changes);
  const single = keys.length === 1 && keys[0] !== 'authors' ? keys[0] : undefined;
  const info = single
    ? { label: `Edit ${single}`, mergeKey: `meta:${single}` }
    : { label: 'Edit map details' };
  return makeEdit(map, info, {}, (draft) => {
    for (const field of TEXT_FIELDS) {
      if (!(field in changes)) continue;
      const value = changes[field];
      if (field === 'title') draft.meta.title = value ?? '';
      else if (value) draft.meta[field] = value;
      else delete draft.meta[field];
    }
    if ('authors' in changes) {
      if (changes.authors && changes.authors.length > 0) draft.meta.authors = [...changes.authors];
      else delete draft.meta.authors;
    }
  });
}
