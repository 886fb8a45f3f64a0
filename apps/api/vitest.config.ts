import { defineProject } from 'vitest/config';

// Unit tests of framework-free code (no decorators: esbuild cannot emit decorator metadata).
export default defineProject({
  resolve: { conditions: ['source'] },
  test: { name: 'api', environment: 'node', include: ['src/**/*.spec.ts'] },
});
