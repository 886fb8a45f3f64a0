import { defineProject } from 'vitest/config';

// Integration tests: each file starts its own embedded PostgreSQL and API on free ports,
// importing the built API (apps/api/dist), so `npm test` builds first.
export default defineProject({
  resolve: { conditions: ['source'] },
  test: {
    name: 'integration',
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Load the built API natively, as `node` does: transformed by Vite it would get a second copy
    // of graphql (ESM build) next to the CommonJS one its dependencies use.
    server: { deps: { external: [/\/apps\/api\/dist\//] } },
  },
});
