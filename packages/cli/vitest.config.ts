import { defineProject } from 'vitest/config';
import { fixedSeed, hangGuard } from '../../vitest.shared.ts';

export default defineProject({
  test: {
    name: 'cli',
    ...hangGuard,
    setupFiles: [fixedSeed],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
