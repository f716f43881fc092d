/**
 * Labels of a labelling (Caminada 2006): an argument is `in` (accepted), `out` (defeated by an
 * accepted attacker) or `undec` (neither can be established).
 *
 * @module
 */

/** An argument's label. */
export type Label = 'in' | 'out' | 'undec';

/** Label codes in typed arrays: `UNDEC = 0`, `IN = 1`, `OUT = 2`. */
export const UNDEC = 0;
/** See {@link UNDEC}. */
export const IN = 1;
/** See {@link UNDEC}. */
export const OUT = 2;

/** The label of each code. */
export const LABELS: readonly Label[] = ['undec', 'in', 'out'];
