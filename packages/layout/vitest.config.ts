import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'layout',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
