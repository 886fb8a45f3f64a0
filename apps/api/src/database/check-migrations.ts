import { pendingSchemaChanges, runMigrations } from './data-source.js';
import { startScratchDatabase } from './scratch-database.js';

/**
 * Fails (exit 1) when the entities and the migrations disagree: applies every migration to an
 * empty database and asks TypeORM what it would still change.
 */
async function main(): Promise<void> {
  const database = await startScratchDatabase('migration-check', process.env['PORTAL_CHECK_DB_PORT'] ? Number(process.env['PORTAL_CHECK_DB_PORT']) : undefined);
  try {
    const applied = await runMigrations(database.ownerUrl);
    const { up } = await pendingSchemaChanges(database.ownerUrl);
    if (up.length > 0) {
      console.error('Entiteterna och migreringarna stämmer inte överens. Saknad migrering:\n' + up.join(';\n') + ';');
      console.error('Skapa en med: npm run migration:generate -- <Namn>');
      process.exitCode = 1;
    } else {
      console.log(`Migreringarna (${applied.length}) stämmer med entiteterna.`);
    }
  } finally {
    await database.stop();
  }
}

await main();
