/**
 * Realm roles the portal knows (Keycloak realm roles). Anything else in a token is ignored, in
 * particular the old realm-wide `org-admin`: administration is per organisation (`adminOf`).
 */
export const PORTAL_ROLES = ['portal-user', 'region-overseer', 'platform-admin'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

export function isPortalRole(value: unknown): value is PortalRole {
  return typeof value === 'string' && (PORTAL_ROLES as readonly string[]).includes(value);
}

/** The signed-in user, as the verified access token describes them. */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly name: string | undefined;
  readonly email: string | undefined;
  readonly roles: readonly PortalRole[];
  /** Keycloak organisation aliases = portal organisation slugs. */
  readonly organizationSlugs: readonly string[];
  /** Organisations the user administers: Keycloak groups `/org-admins/<slug>` in the `groups` claim. */
  readonly adminOf: readonly string[];
  /** When the token was issued (`iat`, seconds): rights revoked after it are dropped per request. */
  readonly issuedAt: number;
  /** The client the token was issued to (`azp`). */
  readonly clientId: string;
}
