// Vitest looks for vitest.config.* before vite.config.* in a project folder; one config serves both.
export { default } from './vite.config.ts';
