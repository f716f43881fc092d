import { fileURLToPath } from 'node:url';

/**
 * Settings every Vitest project shares.
 *
 * A test's timeout guards against a hang; it is not a speed check (speed lives in `pnpm bench`).
 * On a 2-core machine under load, a property test or a component test that takes 1 s alone can
 * take ten times that, and Vitest's default of 5 s then fails it by chance. A minute still stops
 * a real hang well inside CI's budget.
 */
export const hangGuard = { testTimeout: 60_000, hookTimeout: 60_000 } as const;

/** Fixes fast-check's seed for every property test (see vitest.seed.ts); list it first in `setupFiles`. */
export const fixedSeed = fileURLToPath(new URL('./vitest.seed.ts', import.meta.url));
