import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

/**
 * A throw-away embedded PostgreSQL for the migration tools, in its own folder and port so it
 * never touches the data of `npm start` or of the tests.
 */
export async function startScratchDatabase(name: string, port: number): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(process.cwd(), '.data', name);
  await rm(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedDatabase({ dataDir, port });
  const stop = database.stop.bind(database);
  return {
    ...database,
    async stop() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
