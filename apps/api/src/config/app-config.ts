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
  /** Load the demo initiatives on first start (PORTAL_DEMO_DATA=on, the default; `off` leaves the register empty). */
  readonly seedDemoData: boolean;
  readonly oidc: OidcConfig;
}

/** How the API verifies access tokens (Keycloak or the stand-in: same claims, same URLs). */
export interface OidcConfig {
  /** `<keycloak>/realms/portal`; must equal the tokens' `iss` exactly. */
  readonly issuer: string;
  /** Key set URL; defaults to Keycloak's `<issuer>/protocol/openid-connect/certs`. */
  readonly jwksUrl: string;
  readonly audience: string;
  /** Clients (`azp`) whose access tokens the API accepts. */
  readonly allowedClients: readonly string[];
  /** What the browser uses to log in: issuer as seen from the browser, and its client id. */
  readonly publicAuthority: string;
  readonly publicClientId: string;
  /** Keycloak's base URL (without /realms/...) and the realm, for the Admin REST API. */
  readonly adminBaseUrl: string;
  readonly realm: string;
  /** Confidential client with a service account allowed to manage users and organisations. */
  readonly adminClientId: string;
  readonly adminClientSecret: string | undefined;
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

/** An on/off switch; anything else is refused, so a typo such as "false" does not silently mean on. */
function readSwitch(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} måste vara on eller off (fick "${raw}").`);
}

/** Secrets that ship in the repository (realm export, stand-in) and so are known to anyone. */
const PLACEHOLDER_SECRETS = new Set(['change-me-in-production', 'change-me', 'changeme', 'secret', 'portal-backend']);

/** In production the admin client's secret must be a real one: the realm export's placeholder is public. */
function readAdminSecret(env: NodeJS.ProcessEnv): string | undefined {
  const secret = env['KEYCLOAK_ADMIN_CLIENT_SECRET']?.trim() || undefined;
  if (env['NODE_ENV'] !== 'production') return secret ?? 'change-me-in-production';
  if (!secret || PLACEHOLDER_SECRETS.has(secret.toLowerCase()) || secret.length < 16) {
    throw new Error(
      'KEYCLOAK_ADMIN_CLIENT_SECRET måste sättas till portal-backend-klientens egen hemlighet (minst 16 tecken) när NODE_ENV=production; platshållaren från realm-exporten godtas inte.',
    );
  }
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || undefined;
  const issuer = (env['OIDC_ISSUER'] || 'http://localhost:8080/realms/portal').replace(/\/+$/, '');
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
    seedDemoData: readSwitch('PORTAL_DEMO_DATA', true, env),
    oidc: {
      issuer,
      jwksUrl: env['OIDC_JWKS_URL'] || `${issuer}/protocol/openid-connect/certs`,
      audience: env['OIDC_AUDIENCE'] || 'portal-api',
      allowedClients: (env['OIDC_ALLOWED_CLIENTS'] || 'portal-web')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      publicAuthority: env['OIDC_PUBLIC_AUTHORITY'] || issuer,
      publicClientId: env['OIDC_PUBLIC_CLIENT_ID'] || 'portal-web',
      adminBaseUrl: env['KEYCLOAK_ADMIN_URL'] || issuer.replace(/\/realms\/[^/]+$/, ''),
      realm: /\/realms\/([^/]+)$/.exec(issuer)?.[1] ?? 'portal',
      adminClientId: env['KEYCLOAK_ADMIN_CLIENT_ID'] || 'portal-backend',
      adminClientSecret: readAdminSecret(env),
    },
  };
}
