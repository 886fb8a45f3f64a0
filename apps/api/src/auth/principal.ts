/** Realm roles the portal knows (Keycloak realm roles). Anything else in a token is ignored. */
export const PORTAL_ROLES = ['portal-user', 'org-admin', 'region-overseer', 'platform-admin'] as const;
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
  /** The client the token was issued to (`azp`). */
  readonly clientId: string;
}
