import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPortal, type RunningPortal } from '@portal/api/dist/bootstrap.js';
import { loadConfig } from '@portal/api/dist/config/app-config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@portal/api/dist/database/embedded-database.js';
import { createLogger } from '@portal/api/dist/logging/logger.js';
import { startIdentityStandIn, type IdentityStandIn } from '@portal/identity/dist/identity-stand-in.js';
import { freePort } from './free-port.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist');

export interface TestPortalOptions {
  /** Folder name under .data/test/; wiped before start. */
  readonly name: string;
  readonly production?: boolean;
  readonly serveWeb?: boolean;
  /** Also start the Keycloak stand-in (own port and data folder) and verify its tokens. */
  readonly identity?: boolean;
  /** Load the demo initiatives (PORTAL_DEMO_DATA=on); off by default so registers start empty. */
  readonly demoData?: boolean;
  /** More environment for loadConfig (e.g. low PORTAL_RATE_LIMIT_* values); wins over the defaults above. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface TestPortal {
  readonly url: string;
  /** The running API in this process (its Nest application, its database URLs). */
  readonly api: RunningPortal;
  readonly database: EmbeddedDatabase;
  readonly dataDir: string;
  /** The stand-in's issuer (`…/realms/portal`) when started with `identity: true`. */
  readonly issuer: string | undefined;
  /** Stops PostgreSQL only (the API keeps running), to test outages. */
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built portal against its own embedded PostgreSQL, on free ports and in its own data folder
 * under .data/test/, so tests never touch the data of `npm start` or of each other.
 */
export async function startTestPortal(options: TestPortalOptions): Promise<TestPortal> {
  const dataDir = path.join(REPO_ROOT, '.data', 'test', options.name);
  await rm(dataDir, { recursive: true, force: true });
  const dbPort = await freePort();
  let database = await startEmbeddedDatabase({ dataDir, port: dbPort });
  const port = await freePort();
  let identity: IdentityStandIn | undefined;
  if (options.identity) {
    identity = await startIdentityStandIn({
      port: await freePort(),
      dataDir: path.join(dataDir, 'identity'),
      extraRedirectOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    });
  }
  const config = loadConfig(
    {
      NODE_ENV: options.production ? 'production' : 'test',
      // Production refuses the realm export's placeholder; tests give a secret of their own.
      ...(options.production ? { KEYCLOAK_ADMIN_CLIENT_SECRET: 'test-secret-not-a-placeholder' } : {}),
      PORT: String(port),
      DATABASE_URL: database.appUrl,
      DATABASE_MIGRATION_URL: database.ownerUrl,
      WEB_DIST_DIR: options.serveWeb ? WEB_DIST : '',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      PORTAL_DEMO_DATA: options.demoData ? 'on' : 'off',
      ...(identity ? { OIDC_ISSUER: identity.issuer } : { OIDC_ISSUER: 'http://127.0.0.1:9/realms/portal' }),
      ...options.env,
    },
    REPO_ROOT,
  );
  let portal: RunningPortal;
  try {
    portal = await startPortal(config, createLogger(config.logLevel));
  } catch (error) {
    await identity?.close();
    await database.stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    api: portal,
    get database() {
      return database;
    },
    dataDir,
    issuer: identity?.issuer,
    async stopDatabase() {
      await database.stop();
    },
    async startDatabase() {
      database = await startEmbeddedDatabase({ dataDir, port: dbPort });
    },
    async stop() {
      await portal.close();
      await identity?.close();
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
