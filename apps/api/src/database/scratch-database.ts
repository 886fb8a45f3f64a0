import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

/** A port nothing listens on right now, from the operating system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throw-away embedded PostgreSQL for the migration tools, in its own folder and on a free port
 * (or `port`), so it never touches `npm start`, the tests or another checkout's run.
 */
export async function startScratchDatabase(name: string, port?: number): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(process.cwd(), '.data', `${name}-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedDatabase({ dataDir, port: port ?? (await freePort()) });
  const stop = database.stop.bind(database);
  return {
    ...database,
    async stop() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
