import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { fixedSeed, hangGuard } from '../../vitest.shared.ts';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'editor',
    ...hangGuard,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [fixedSeed, './src/test/setup.ts'],
  },
});
