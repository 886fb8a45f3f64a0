import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the one clamd launcher, shared with `npm start` (tools/ is no Nx project)
import { CLAMD_MISSING_MESSAGE, clamdInstalled, startClamd, type RunningClamd } from '../../tools/scripts/clamd.mjs';
import { freePort } from './free-port.js';
import { REPO_ROOT } from './test-portal.js';

export type { RunningClamd };

/** Whether the machine has clamd; when not, says once that the scanning tests are skipped. */
export function clamdAvailable(): boolean {
  const installed = clamdInstalled();
  if (!installed) console.warn(CLAMD_MISSING_MESSAGE);
  return installed;
}

/**
 * A real clamd of the test's own (free port, folder under .data/test/, only the EICAR test
 * signature), ready once it answers PING. Stop it with `stop()`.
 */
export async function startTestClamd(name: string): Promise<RunningClamd> {
  return startClamd({ dir: path.join(REPO_ROOT, '.data', 'test', `${name}-clamd`), port: await freePort() });
}
