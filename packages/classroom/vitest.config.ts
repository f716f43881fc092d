import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'classroom',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
