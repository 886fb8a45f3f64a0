// `node apps/api/dist/initiatives/demo/synthetic-seed-command.js <count> [seed]` (or
// `npm run seed:synthetic -- <count>`): adds <count> synthetic initiatives for load tests. Uses
// DATABASE_MIGRATION_URL (or DATABASE_URL); without either, the embedded database in
// PORTAL_DATA_DIR (not while the portal runs: it holds the lock). Same database finding as seed-command.ts.
import { loadConfig } from '../../config/app-config.js';
import { runMigrations } from '../../database/data-source.js';
import { startEmbeddedDatabase } from '../../database/embedded-database.js';
import { acquireStartLock, PortalAlreadyRunningError } from '../../database/start-lock.js';
import { seedReferenceData } from '../../seed/reference-data.seed.js';
import { insertSyntheticInitiatives } from './synthetic-initiatives.js';

const MAX_COUNT = 1_000_000;

function parseArguments(argv: readonly string[]): { count: number; seed: number } {
  const [rawCount = '10000', rawSeed = '1'] = argv;
  const count = Number(rawCount);
  const seed = Number(rawSeed);
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT || !Number.isInteger(seed)) {
    throw new Error(`Användning: synthetic-seed-command.js <antal 1–${MAX_COUNT}> [frö, heltal] (fick "${argv.join(' ')}").`);
  }
  return { count, seed };
}

async function seedInto(ownerUrl: string, count: number, seed: number): Promise<void> {
  // Migrations and organisations first, so the command also works on an empty database.
  await runMigrations(ownerUrl);
  await seedReferenceData(ownerUrl);
  const started = performance.now();
  await insertSyntheticInitiatives(ownerUrl, count, { seed });
  console.log(`Lade in ${count} syntetiska insatser på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

try {
  const { count, seed } = parseArguments(process.argv.slice(2));
  const config = loadConfig();
  if (config.migrationDatabaseUrl) {
    await seedInto(config.migrationDatabaseUrl, count, seed);
  } else {
    const release = await acquireStartLock(config.dataDir);
    const database = await startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedDatabasePort });
    try {
      await seedInto(database.ownerUrl, count, seed);
      console.log(`(inbyggd databas i ${config.dataDir})`);
    } finally {
      await database.stop();
      await release();
    }
  }
} catch (error) {
  console.error(error instanceof PortalAlreadyRunningError ? error.message : `Syntetisk seed misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
}
