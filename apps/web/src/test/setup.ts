import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Route modules load lazily; on a busy 2-core CI machine the first import can exceed the default 1 s.
configure({ asyncUtilTimeout: 5000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = 'sv';
  document.title = '';
});
