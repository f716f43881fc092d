import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests start the CLI as a real process, which takes a while on a busy machine.
    testTimeout: 30_000,
  },
});
