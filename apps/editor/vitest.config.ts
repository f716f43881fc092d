import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { hangGuard } from '../../vitest.shared.ts';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'editor',
    ...hangGuard,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
