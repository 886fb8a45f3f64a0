import { loadConfig } from '../config/app-config.js';
import { runMigrations } from '../database/data-source.js';
import { startEmbeddedDatabase } from '../database/embedded-database.js';
import { acquireStartLock, PortalAlreadyRunningError } from '../database/start-lock.js';
import { seedReferenceData } from './reference-data.seed.js';

const config = loadConfig();
try {
  if (config.migrationDatabaseUrl) {
    await runMigrations(config.migrationDatabaseUrl);
    const result = await seedReferenceData(config.migrationDatabaseUrl);
    console.log(`Lade in ${result.organizationsAdded} organisationer.`);
  } else {
    const release = await acquireStartLock(config.dataDir);
    const database = await startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedDatabasePort });
    try {
      await runMigrations(database.ownerUrl);
      const result = await seedReferenceData(database.ownerUrl);
      console.log(`Lade in ${result.organizationsAdded} organisationer (inbyggd databas i ${config.dataDir}).`);
    } finally {
      await database.stop();
      await release();
    }
  }
} catch (error) {
  console.error(error instanceof PortalAlreadyRunningError ? error.message : `Seed misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
}
