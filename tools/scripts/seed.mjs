// `npm run seed`: insert missing organisations and vocabularies. Uses DATABASE_MIGRATION_URL
// (or DATABASE_URL); without either, the embedded database in PORTAL_DATA_DIR (not while the
// portal runs: it holds the lock).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNodeVersion } from './node-version.mjs';
import { runCommand } from './run-command.mjs';

assertNodeVersion();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const built = await runCommand('npx', ['nx', 'run', 'api:build', '--output-style=static']);
if (built !== 0) process.exit(built);
process.exit(await runCommand(process.execPath, ['apps/api/dist/seed/seed-command.js']));
