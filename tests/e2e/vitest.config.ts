import { defineProject } from 'vitest/config';

// Browser tests: the built portal (API + web) on its own embedded PostgreSQL, driven in
// the machine's Chromium through playwright-core.
export default defineProject({
  resolve: { conditions: ['source'] },
  test: {
    name: 'browser',
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // expect.poll waits for a condition (focus moved, a value shown); its default of 1 s is too
    // short for a browser on a machine that another CPU-heavy process keeps busy.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
    // Load the built API natively, as `node` does: transformed by Vite it would get a second copy
    // of graphql (ESM build) next to the CommonJS one its dependencies use.
    server: { deps: { external: [/\/apps\/api\/dist\//] } },
  },
});
