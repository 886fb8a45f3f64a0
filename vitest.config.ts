import { defineConfig } from 'vitest/config';

/** One Vitest run covers every project; `npm test` picks projects with --project. */
export default defineConfig({
  test: {
    projects: ['libs/shared/domain', 'apps/api', 'apps/web', 'apps/identity', 'tests/api', 'tests/e2e'],
  },
});
