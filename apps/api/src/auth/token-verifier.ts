import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { ORGANIZATION_SLUG_PATTERN } from '@portal/shared-domain';
import type { OidcConfig } from '../config/app-config.js';
import { isPortalRole, type Principal } from './principal.js';

/** Why a token was refused: logged, never sent to the client. */
export class TokenRejectedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TokenRejectedError';
  }
}

const CLOCK_TOLERANCE_SECONDS = 30;
/** Parent group of the per-organisation admin groups in Keycloak. */
export const ADMIN_GROUP_PREFIX = '/org-admins/';
const UUID_OR_ID = /^[A-Za-z0-9._:@-]{1,255}$/;

/**
 * Verifies Keycloak access tokens with jose: RS256 only, exact issuer, audience, `typ` Bearer,
 * an `azp` allow-list, `exp`/`iat`/`sub` required, 30 s clock skew. The key set is cached and
 * refetched on an unknown `kid` at most every 5 s.
 */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: OidcConfig) {
    this.keys = createRemoteJWKSet(new URL(config.jwksUrl), {
      cooldownDuration: 5_000,
      cacheMaxAge: 10 * 60_000,
      timeoutDuration: 5_000,
    });
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      const reason = error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : `verification failed: ${String(error)}`;
      throw new TokenRejectedError(reason);
    }
    // jose checks exp and nbf but not an iat in the future: such a token was minted with a wrong clock or forged.
    if (typeof payload.iat !== 'number' || payload.iat > Math.floor(Date.now() / 1000) + CLOCK_TOLERANCE_SECONDS) {
      throw new TokenRejectedError('iat in the future');
    }
    return principalFromClaims(payload, this.config.allowedClients);
  }
}

/** Checks the Keycloak-specific claims jose does not know about and builds the principal. */
export function principalFromClaims(payload: JWTPayload, allowedClients: readonly string[]): Principal {
  if (payload['typ'] !== 'Bearer') throw new TokenRejectedError(`typ is ${JSON.stringify(payload['typ'])}, not Bearer`);
  const azp = payload['azp'];
  if (typeof azp !== 'string' || !allowedClients.includes(azp)) throw new TokenRejectedError(`azp ${JSON.stringify(azp)} not allowed`);
  if (typeof payload.sub !== 'string' || !UUID_OR_ID.test(payload.sub)) throw new TokenRejectedError('sub missing or malformed');

  const realmAccess = payload['realm_access'];
  const rawRoles = typeof realmAccess === 'object' && realmAccess !== null ? (realmAccess as { roles?: unknown }).roles : undefined;
  const roles = Array.isArray(rawRoles) ? rawRoles.filter(isPortalRole) : [];

  const rawOrganizations = payload['organization'];
  // Keycloak sends a list of aliases; with "add organization attributes" it sends an object keyed by alias.
  const organizationSlugs = Array.isArray(rawOrganizations)
    ? rawOrganizations
    : typeof rawOrganizations === 'object' && rawOrganizations !== null
      ? Object.keys(rawOrganizations)
      : [];
  const slugs = organizationSlugs.filter((s): s is string => typeof s === 'string' && ORGANIZATION_SLUG_PATTERN.test(s));

  // Keycloak's group membership mapper with full paths; only the admin groups mean anything here.
  const rawGroups = payload['groups'];
  const adminOf = (Array.isArray(rawGroups) ? rawGroups : [])
    .map((g) => (typeof g === 'string' && g.startsWith(ADMIN_GROUP_PREFIX) ? g.slice(ADMIN_GROUP_PREFIX.length) : undefined))
    .filter((s): s is string => s !== undefined && ORGANIZATION_SLUG_PATTERN.test(s));

  const text = (claim: string) => (typeof payload[claim] === 'string' ? (payload[claim] as string) : undefined);
  return {
    userId: payload.sub,
    username: text('preferred_username') ?? payload.sub,
    name: text('name'),
    email: text('email'),
    roles: [...new Set(roles)],
    organizationSlugs: [...new Set(slugs)],
    adminOf: [...new Set(adminOf)],
    issuedAt: typeof payload.iat === 'number' ? payload.iat : 0,
    clientId: azp,
  };
}
