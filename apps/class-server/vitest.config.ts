import { defineProject } from 'vitest/config';
import { hangGuard } from '../../vitest.shared.ts';

export default defineProject({
  test: {
    name: 'class-server',
    ...hangGuard,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
