import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** Options shared by the API's pool and by the migration runner. Never `synchronize`. */
export function dataSourceOptions(url: string, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName,
    extra: {
      max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10),
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
    },
  };
}

/** Applies pending migrations as the owner role; returns the names of those it ran. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, 'portal-migrations'));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The SQL TypeORM would run to make the database match the entities; empty when they agree.
 * Used by the migration check and by the migration generator.
 */
export async function pendingSchemaChanges(ownerUrl: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, 'portal-schema-diff'));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query),
    };
  } finally {
    await dataSource.destroy();
  }
}
