import { isIP } from 'node:net';
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
  /** Express's `trust proxy`: whose X-Forwarded-For decides the client address (PORTAL_TRUST_PROXY). */
  readonly trustProxy: TrustProxy;
  readonly rateLimits: RateLimitConfig;
  readonly oidc: OidcConfig;
  /** The portal's address as its users reach it (PORTAL_PUBLIC_URL), without a trailing slash: links in mails start here. */
  readonly publicUrl: string;
  readonly mail: MailConfig;
  readonly files: FileConfig;
}

/** Uploaded files (shared material): the virus scanner they pass through. */
export interface FileConfig {
  /** clamd's address (CLAMAV_HOST, CLAMAV_PORT, default 3310) and how long a scan may stay silent (CLAMAV_TIMEOUT_SECONDS, default 30). Unset: files are not scanned. */
  readonly clamd: { readonly host: string; readonly port: number; readonly timeoutMs: number } | undefined;
}

/** Outgoing mail: the outbox in PostgreSQL and the worker that sends it (graphile-worker, in every API instance). */
export interface MailConfig {
  /** `smtp://…` or `smtps://…` (SMTP_URL). Unset: mail is queued and kept, and sent once an instance has it. */
  readonly smtpUrl: string | undefined;
  /** The From header (MAIL_FROM). */
  readonly from: string;
  /** Run the queue's worker in this instance (JOB_WORKER, formerly MAIL_WORKER: on, the default). */
  readonly worker: boolean;
  /** Jobs the worker runs at once (MAIL_WORKER_CONCURRENCY). */
  readonly concurrency: number;
  /** Sending attempts before a mail is `failed` (MAIL_MAX_ATTEMPTS); the queue waits e^n seconds (at most e^10) after the n-th. */
  readonly maxAttempts: number;
  /** The local mail catcher's web inbox, set by `npm start` when it starts one (MAIL_INBOX_URL); only printed. */
  readonly inboxUrl: string | undefined;
}

export const DEFAULT_MAIL_FROM = 'Projektkontor Östergötland <noreply@projektkontor.example>';

/**
 * `false`: nobody, the TCP peer is the client; a number: that many proxies in front; a list:
 * proxies by address, subnet or Express's names (loopback, linklocal, uniquelocal).
 */
export type TrustProxy = false | number | readonly string[];

/** Requests per minute and API instance; 0 turns that limit off. */
export interface RateLimitConfig {
  readonly writesPerUser: number;
  /** Higher than per user: a municipality's users may share one NAT address. */
  readonly writesPerAddress: number;
  readonly searchesPerUser: number;
  readonly searchesPerAddress: number;
}

/** Generous: a person clicking, an export of 5 000 rows (50 pages) or the test suite never meets them. */
export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  writesPerUser: 300,
  writesPerAddress: 1200,
  searchesPerUser: 300,
  searchesPerAddress: 1200,
};

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

const MAX_RATE_LIMIT = 1_000_000;

function readRateLimit(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > MAX_RATE_LIMIT) {
    throw new Error(`${name} måste vara ett heltal från 0 (av) till ${MAX_RATE_LIMIT} per minut (fick "${env[name]}").`);
  }
  return value;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_PROXY_HOPS = 10;

function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Whose X-Forwarded-For to believe. Off unless configured: believing it from anyone would let a
 * client choose its own address, and with it its own per-address rate limit. `on`/`true` (trust
 * every hop) is refused for that reason.
 */
function readTrustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const name = 'PORTAL_TRUST_PROXY';
  const raw = env[name]?.trim() ?? '';
  if (raw === '' || raw.toLowerCase() === 'off' || raw === '0') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > MAX_PROXY_HOPS) throw new Error(`${name} som antal proxyled måste vara högst ${MAX_PROXY_HOPS} (fick "${raw}").`);
    return hops;
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  const invalid = entries.find((entry) => !PROXY_NAMES.has(entry) && !isAddressOrSubnet(entry));
  if (entries.length === 0 || invalid !== undefined) {
    throw new Error(
      `${name} måste vara off, antalet proxyled framför API:t (t.ex. 1) eller proxyns adresser, nät och namnen loopback, linklocal, uniquelocal, kommaseparerade (fick "${env[name]}"). Att lita på alla (on) tillåts inte: då väljer klienten sin egen adress.`,
    );
  }
  return entries;
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

function readInteger(name: string, fallback: number, min: number, max: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${name} måste vara ett heltal från ${min} till ${max} (fick "${env[name]}").`);
  }
  return value;
}

/** An absolute http(s) address without a trailing slash, or the error message naming the variable. */
function readHttpUrl(name: string, fallback: string, env: NodeJS.ProcessEnv): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} måste vara en fullständig adress som börjar med http:// eller https:// (fick "${raw}").`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    throw new Error(`${name} måste vara en adress som börjar med http:// eller https://, utan inloggning, frågedel eller #-del (fick "${raw}").`);
  }
  return url.toString().replace(/\/+$/, '');
}

function readSmtpUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env['SMTP_URL']?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    // Never echo the value: it may hold the relay's password.
    throw new Error('SMTP_URL måste vara en adress som smtp://värd:587 eller smtps://användare:lösenord@värd:465.');
  }
  return raw;
}

/** A From header: an address, optionally with a display name ("Namn <adress>"), on one line. */
function readMailFrom(env: NodeJS.ProcessEnv): string {
  const raw = env['MAIL_FROM']?.trim();
  if (!raw) return DEFAULT_MAIL_FROM;
  const address = /<([^<>\s]+)>$/.exec(raw)?.[1] ?? raw;
  if (/[\r\n]/.test(raw) || !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address)) {
    throw new Error(`MAIL_FROM måste vara en e-postadress, gärna med namn: "Projektkontor Östergötland <noreply@exempel.se>" (fick "${raw}").`);
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || undefined;
  const issuer = (env['OIDC_ISSUER'] || 'http://localhost:8080/realms/portal').replace(/\/+$/, '');
  const port = readPort('PORT', 3000, env);
  return {
    production: env['NODE_ENV'] === 'production',
    host: env['HOST'] || '127.0.0.1',
    port,
    databaseUrl,
    migrationDatabaseUrl: env['DATABASE_MIGRATION_URL'] || databaseUrl,
    dataDir: path.resolve(cwd, env['PORTAL_DATA_DIR'] || '.data'),
    embeddedDatabasePort: readPort('PORTAL_DB_PORT', 55432, env),
    webDistDir: env['WEB_DIST_DIR'] ? path.resolve(cwd, env['WEB_DIST_DIR']) : undefined,
    logLevel: env['LOG_LEVEL'] || 'info',
    seedDemoData: readSwitch('PORTAL_DEMO_DATA', true, env),
    trustProxy: readTrustProxy(env),
    rateLimits: {
      writesPerUser: readRateLimit('PORTAL_RATE_LIMIT_WRITES_PER_MINUTE', DEFAULT_RATE_LIMITS.writesPerUser, env),
      writesPerAddress: readRateLimit('PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS', DEFAULT_RATE_LIMITS.writesPerAddress, env),
      searchesPerUser: readRateLimit('PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE', DEFAULT_RATE_LIMITS.searchesPerUser, env),
      searchesPerAddress: readRateLimit('PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS', DEFAULT_RATE_LIMITS.searchesPerAddress, env),
    },
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
    publicUrl: readHttpUrl('PORTAL_PUBLIC_URL', `http://localhost:${port}`, env),
    mail: {
      smtpUrl: readSmtpUrl(env),
      from: readMailFrom(env),
      // JOB_WORKER names what it is (the whole queue: mail, reminders, file jobs); MAIL_WORKER is its older name.
      worker: env['JOB_WORKER']?.trim() ? readSwitch('JOB_WORKER', true, env) : readSwitch('MAIL_WORKER', true, env),
      concurrency: readInteger('MAIL_WORKER_CONCURRENCY', 2, 1, 20, env),
      maxAttempts: readInteger('MAIL_MAX_ATTEMPTS', 25, 1, 100, env),
      inboxUrl: env['MAIL_INBOX_URL']?.trim() ? readHttpUrl('MAIL_INBOX_URL', '', env) : undefined,
    },
    files: {
      clamd: env['CLAMAV_HOST']?.trim()
        ? {
            host: env['CLAMAV_HOST'].trim(),
            port: readPort('CLAMAV_PORT', 3310, env),
            timeoutMs: readInteger('CLAMAV_TIMEOUT_SECONDS', 30, 1, 3600, env) * 1000,
          }
        : undefined,
    },
  };
}
