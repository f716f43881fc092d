import { defineConfig } from 'vitest/config';

/** One Vitest run over every package and app; each project has its own small config. */
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
