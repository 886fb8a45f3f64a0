import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { compressAssets } from './build-plugins/compress-assets.ts';

// Absolute, so the config works whatever the working directory (Nx, `vitest --project web`, an IDE).
const webRoot = fileURLToPath(new URL('.', import.meta.url));
// The dev server forwards API calls to a running portal (`npm start`), on its default port unless told.
const apiOrigin = process.env['PORTAL_API_ORIGIN'] ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react(), compressAssets()],
  resolve: {
    // Workspace libraries are consumed from their TypeScript sources (see their `exports`).
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The API's CSP allows data: images only; keep every other asset a file of its own.
    assetsInlineLimit: 0,
    // Read by tools/scripts/web-budget.mjs, which sums each page's initial JS from it.
    manifest: true,
  },
  server: {
    proxy: {
      '/graphql': apiOrigin,
      '/health': apiOrigin,
      // Material files: uploads and downloads by ticket (streamed, never buffered by the API).
      '/api/material-files': apiOrigin,
    },
  },
  preview: {
    proxy: {
      '/graphql': apiOrigin,
      '/health': apiOrigin,
      // Material files: uploads and downloads by ticket (streamed, never buffered by the API).
      '/api/material-files': apiOrigin,
    },
  },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
