import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['source'] },
  test: { name: 'identity', environment: 'node', include: ['src/**/*.spec.ts'], testTimeout: 30_000, pool: 'forks' },
});
