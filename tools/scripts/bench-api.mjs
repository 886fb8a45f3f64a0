// The API under test for `npm run bench`, in a process of its own (forked by bench.mjs): the built
// API (apps/api/dist, `startPortal`), configured from the environment bench.mjs passes. Its own CPU
// (process.cpuUsage) and the API's statement counter are read over IPC before and after each cell,
// so the load generator's and the floors' CPU are never counted as the API's.
//
// IPC: → { type: 'ready', port } once listening; { id, type: 'stats' } → { id, cpu, statements };
// { id, type: 'stop' } → { id, stopped } then exit.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (file) => import(pathToFileURL(path.join(ROOT, 'apps/api/dist', file)).href);

if (!process.send) throw new Error('bench-api.mjs is started by bench.mjs (child_process.fork)');
// graphql-js reads NODE_ENV when it is first imported: bench.mjs forks with NODE_ENV=production.
const { startPortal } = await dist('bootstrap.js');
const { loadConfig } = await dist('config/app-config.js');
const { createLogger } = await dist('logging/logger.js');
const { statementCount } = await dist('database/statement-counter.js');

// The mail queue's polling would count as the API's CPU; the benchmark sends no mail.
const config = loadConfig({ MAIL_WORKER: 'off', ...process.env }, ROOT);
const portal = await startPortal(config, createLogger(config.logLevel));

process.on('message', async (message) => {
  if (message?.type === 'stats') {
    process.send({ id: message.id, cpu: process.cpuUsage(), statements: statementCount() });
  } else if (message?.type === 'stop') {
    await portal.close().catch((error) => console.error(`API stopped with an error: ${error.message}`));
    process.send({ id: message.id, stopped: true }, () => process.exit(0));
  }
});
// The bench went away (crash, Ctrl-C): do not linger.
process.on('disconnect', () => {
  void portal.close().finally(() => process.exit(0));
});
process.send({ type: 'ready', port: config.port });
