// `npm start`: build what is needed, then run the portal (API + web on one origin) with the
// embedded PostgreSQL unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNodeVersion } from './node-version.mjs';
import { runCommand } from './run-command.mjs';

assertNodeVersion();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

// Check the lock before building: a second start must not touch a running portal's files.
const dataDir = path.resolve(root, process.env.PORTAL_DATA_DIR || '.data');
if (!process.env.DATABASE_URL) {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'portal.lock'), 'utf8').trim());
    process.kill(pid, 0);
    console.error(`\nPortalen körs redan (process ${pid}) med datamappen ${dataDir}.\nStoppa den med Ctrl-C i dess terminal innan du startar igen. Inga data har rörts.\n`);
    process.exit(2);
  } catch {
    // No lock, or its holder is gone: go on.
  }
}

console.log('Bygger portalen (första gången tar det en stund) …');
const built = await runCommand('npx', ['nx', 'run-many', '-t', 'build', '-p', 'shared-domain', 'api', 'web', '--output-style=static']);
if (built !== 0) {
  console.error('\nBygget misslyckades; se felen ovan.');
  process.exit(built);
}

const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? 'apps/web/dist' },
});
// Ctrl-C reaches the whole process group; the API shuts down cleanly and we follow it.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
