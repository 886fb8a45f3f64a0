import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { adminApi } from './admin-api.js';
import { IdentityState, verifyPassword } from './identity-state.js';
import { loginPage } from './login-page.js';
import { loadRealm } from './realm.js';
import { loadOrCreateSigningKey } from './signing-key.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(here, '../../..');

export interface IdentityStandInOptions {
  readonly port: number;
  readonly host?: string;
  /** Base URL as browsers and the API see it; default http://localhost:<port>. */
  readonly publicUrl?: string;
  readonly realmFile?: string;
  /** Folder with `<realm>-users-0.json` and `organization-members.json`; null: no demo users. */
  readonly devUsersDir?: string | null;
  readonly dataDir: string;
  /** Extra web origins (tests) allowed with the same redirect paths as the realm's portal-web. */
  readonly extraRedirectOrigins?: readonly string[];
  readonly accessTokenTtlSeconds?: number;
  readonly log?: (message: string) => void;
}

export interface IdentityStandIn {
  readonly issuer: string;
  readonly port: number;
  close(): Promise<void>;
}

const SCOPES = ['openid', 'profile', 'email', 'roles', 'organization', 'basic', 'web-origins', 'acr', 'offline_access'];
const API_AUDIENCE = 'portal-api';
// oidc-provider names resource servers by absolute URI; the token's aud is still `portal-api`.
const API_RESOURCE = 'urn:portal:api';

function withOrigins(uris: readonly string[], origins: readonly string[]): string[] {
  const extra = uris.flatMap((uri) => {
    const { pathname, search } = new URL(uri);
    return origins.map((origin) => `${origin}${pathname}${search}`);
  });
  return [...new Set([...uris, ...extra])];
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A Keycloak-compatible OpenID provider built on oidc-provider: Keycloak's URL layout under
 * /realms/<realm>, Keycloak's access-token claims, a Swedish login page and the part of the Admin
 * REST API the portal uses. It loads the same realm file that real Keycloak imports.
 */
export async function startIdentityStandIn(options: IdentityStandInOptions): Promise<IdentityStandIn> {
  const log = options.log ?? (() => undefined);
  const realmFile = options.realmFile ?? path.join(REPO_ROOT, 'docker/keycloak/portal-realm.json');
  const devDir = options.devUsersDir === null ? undefined : (options.devUsersDir ?? path.join(REPO_ROOT, 'docker/keycloak/dev'));
  await mkdir(options.dataDir, { recursive: true });
  const loaded = await loadRealm(realmFile, devDir);
  const { realm } = loaded;
  const state = await IdentityState.open(options.dataDir, loaded);
  const key = await loadOrCreateSigningKey(options.dataDir);
  // Listen first, so that port 0 (tests) is resolved before the issuer URL is fixed.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503);
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const realmPath = `/realms/${realm.name}`;
  const issuer = `${publicUrl}${realmPath}`;
  const ttl = options.accessTokenTtlSeconds ?? realm.accessTokenLifespan;
  const extraOrigins = options.extraRedirectOrigins ?? [];

  const clients: ClientMetadata[] = realm.clients.map((client) =>
    client.serviceAccount && !client.standardFlow
      ? {
          client_id: client.clientId,
          client_secret: client.secret ?? randomBytes(24).toString('hex'),
          grant_types: ['client_credentials'],
          response_types: [],
          redirect_uris: [],
          token_endpoint_auth_method: 'client_secret_post',
        }
      : {
          client_id: client.clientId,
          token_endpoint_auth_method: client.publicClient ? 'none' : 'client_secret_basic',
          ...(client.publicClient ? {} : { client_secret: client.secret ?? randomBytes(24).toString('hex') }),
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: withOrigins(client.redirectUris, extraOrigins),
          post_logout_redirect_uris: withOrigins(client.postLogoutRedirectUris, extraOrigins),
          'urn:portal:web_origins': [...client.webOrigins, ...extraOrigins],
        },
  );
  const webOrigins = new Map(realm.clients.map((c) => [c.clientId, new Set([...c.webOrigins, ...extraOrigins])]));

  // Keycloak's user logout ends sessions and their refresh tokens. oidc-provider keeps both in
  // memory without an index by user, so the stand-in remembers which belong to whom.
  const sessionsOf = new Map<string, Set<string>>();
  const grantsOf = new Map<string, Set<string>>();
  const endedSessions = new Set<string>();
  const remember = (index: Map<string, Set<string>>, accountId: string, id: string) => {
    const ids = index.get(accountId) ?? new Set<string>();
    ids.add(id);
    index.set(accountId, ids);
  };

  const userClaims = (userId: string) => {
    const user = state.user(userId);
    if (!user) return undefined;
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || undefined;
    const organizations = state.organizationsOf(user.id).map((o) => o.alias);
    const groups = state.groupPathsOf(user.id);
    return {
      preferred_username: user.username,
      email: user.email,
      email_verified: user.emailVerified,
      name,
      given_name: user.firstName,
      family_name: user.lastName,
      realm_access: { roles: [...new Set([...realm.defaultRoles, ...user.realmRoles])] },
      // Keycloak leaves the claim out when the user belongs to no organisation.
      ...(organizations.length > 0 ? { organization: organizations } : {}),
      // The realm's group membership mapper (full paths) on portal-web; absent when there are none.
      ...(groups.length > 0 ? { groups } : {}),
    };
  };

  const configuration: Configuration = {
    clients,
    jwks: { keys: [key.privateJwk] },
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      organization: ['organization'],
      roles: ['realm_access'],
    },
    extraClientMetadata: { properties: ['urn:portal:web_origins'] },
    async findAccount(ctx, id, token) {
      const claims = userClaims(id);
      if (!claims || !state.user(id)?.enabled) return undefined;
      // A browser session ended by an Admin API logout no longer signs the user in silently.
      const sessionUid = token ? undefined : ctx.oidc?.session?.uid;
      if (sessionUid) {
        if (endedSessions.has(sessionUid)) return undefined;
        remember(sessionsOf, id, sessionUid);
      }
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // Keycloak logs out at once when the request carries a valid id_token_hint.
        async logoutSource(ctx, form) {
          ctx.body = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Loggar ut</title></head><body>${form}<noscript><button form="op.logoutForm" type="submit" name="logout" value="yes">Logga ut</button></noscript><script>document.forms[0].insertAdjacentHTML('beforeend','<input type="hidden" name="logout" value="yes">');document.forms[0].submit()</script></body></html>`;
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body =
            '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Utloggad</title></head><body><main><h1>Du är utloggad</h1></main></body></html>';
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid profile email roles organization basic web-origins acr offline_access',
          audience: API_AUDIENCE,
          accessTokenTTL: ttl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    pkce: { required: () => true },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
    },
    interactions: { url: (_ctx, interaction) => `${realmPath}/login-actions/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: {
      AccessToken: ttl,
      ClientCredentials: ttl,
      IdToken: ttl,
      AuthorizationCode: 60,
      RefreshToken: 1800,
      Interaction: 600,
      Session: 36_000,
      Grant: 36_000,
    },
    rotateRefreshToken: true,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx, origin, client) => webOrigins.get(client.clientId)?.has(origin) ?? false,
    // First-party clients: no consent screen, as Keycloak with "consent required" off.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) {
          remember(grantsOf, session.accountId, grant.jti);
          return grant;
        }
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES.join(' '));
      grant.addOIDCClaims(['sub', 'name', 'given_name', 'family_name', 'preferred_username', 'email', 'email_verified', 'organization', 'realm_access']);
      grant.addResourceScope(API_RESOURCE, SCOPES.join(' '));
      await grant.save();
      remember(grantsOf, session.accountId, grant.jti);
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind === 'ClientCredentials') {
        const roles = realm.serviceAccountRoles[token.clientId ?? ''] ?? [];
        return { preferred_username: `service-account-${token.clientId}`, resource_access: { 'realm-management': { roles: [...roles] } } };
      }
      const accountId = (token as { accountId?: string }).accountId;
      return accountId ? userClaims(accountId) : undefined;
    },
    formats: {
      customizers: {
        // Keycloak's shape: header typ JWT, payload typ Bearer and azp, no client_id.
        async jwt(_ctx, token, jwt) {
          jwt.header = { typ: 'JWT' };
          jwt.payload['typ'] = 'Bearer';
          jwt.payload['azp'] = token.clientId;
          delete jwt.payload['client_id'];
          if (token.kind === 'AccessToken') jwt.payload['sid'] = (token as { sessionUid?: string }).sessionUid;
        },
      },
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      const message = String(out['error_description'] ?? out['error'] ?? 'okänt fel').replace(/[<>&"']/g, '');
      ctx.body = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Fel vid inloggning</title></head><body><main><h1>Inloggningen kunde inte genomföras</h1><p>${message}</p></main></body></html>`;
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = true;
  const oidc = provider.callback();
  const endSessions = async (userId: string) => {
    for (const uid of sessionsOf.get(userId) ?? []) endedSessions.add(uid);
    sessionsOf.delete(userId);
    // Destroying the grant voids every refresh token issued under it (rotated ones included).
    for (const grantId of grantsOf.get(userId) ?? []) await (await provider.Grant.find(grantId))?.destroy();
    grantsOf.delete(userId);
  };
  const admin = adminApi({ realm, state, issuer, verifyKey: async () => key.publicKey as never, endSessions });

  const handleLogin = async (req: IncomingMessage, res: ServerResponse, uid: string) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const client = await provider.Client.find(String(details.params['client_id']));
    const clientName = client?.clientId === 'portal-web' ? 'Projektkontor Östergötland' : String(details.params['client_id']);
    const action = `${realmPath}/login-actions/${uid}`;
    const html = (body: string, status = 200) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method === 'GET') return html(loginPage({ action, clientName }));
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const user = state.userByLogin(username);
    if (!user || !user.enabled || !(await verifyPassword(form.get('password') ?? '', user.passwordHash))) {
      log(`inloggning misslyckades för ${username.slice(0, 100)}`);
      return html(loginPage({ action, clientName, username, error: 'Fel användarnamn eller lösenord.' }), 401);
    }
    // Signing in again starts afresh, also in a browser session an Admin API logout ended.
    const sessionUid = (details as { session?: { uid?: string } }).session?.uid;
    if (sessionUid) endedSessions.delete(sessionUid);
    await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
  };

  handle = (req, res) => {
    const url = req.url ?? '/';
    const fail = (error: unknown) => {
      log(`fel: ${String(error)}`);
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Ogiltig begäran.');
    };
    const login = new RegExp(`^${realmPath}/login-actions/([A-Za-z0-9_-]+)$`).exec(url.split('?')[0] ?? '');
    if (login?.[1]) {
      handleLogin(req, res, login[1]).catch(fail);
    } else if (url.startsWith(`/admin${realmPath}/`)) {
      admin(req, res).catch(fail);
    } else if (url === realmPath || url.startsWith(`${realmPath}/`) || url.startsWith(`${realmPath}?`)) {
      // oidc-provider derives its mount path from originalUrl, as when mounted in Express.
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(realmPath.length) || '/';
      oidc(req, res);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Finns inte.');
    }
  };
  log(`Keycloak-ersättaren svarar på ${issuer}`);
  return {
    issuer,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
