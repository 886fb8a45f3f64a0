import path from 'node:path';

/** Everything the API reads from its environment, resolved once at start-up. */
export interface AppConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  /** Connection for the API's own role, which owns no table. Unset: an embedded PostgreSQL. */
  readonly databaseUrl: string | undefined;
  /** Connection for migrations (the owner role). Defaults to `databaseUrl`. */
  readonly migrationDatabaseUrl: string | undefined;
  /** Where the embedded PostgreSQL, its credentials and the start lock live. */
  readonly dataDir: string;
  readonly embeddedDatabasePort: number;
  /** Built web app served at `/`; unset or missing folder: API only. */
  readonly webDistDir: string | undefined;
  readonly logLevel: string;
  readonly seedDemoData: boolean;
}

function readPort(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} måste vara ett portnummer mellan 1 och 65535 (fick "${raw}").`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || undefined;
  return {
    production: env['NODE_ENV'] === 'production',
    host: env['HOST'] || '127.0.0.1',
    port: readPort('PORT', 3000, env),
    databaseUrl,
    migrationDatabaseUrl: env['DATABASE_MIGRATION_URL'] || databaseUrl,
    dataDir: path.resolve(cwd, env['PORTAL_DATA_DIR'] || '.data'),
    embeddedDatabasePort: readPort('PORTAL_DB_PORT', 55432, env),
    webDistDir: env['WEB_DIST_DIR'] ? path.resolve(cwd, env['WEB_DIST_DIR']) : undefined,
    logLevel: env['LOG_LEVEL'] || 'info',
    seedDemoData: env['PORTAL_DEMO_DATA'] !== 'false',
  };
}
