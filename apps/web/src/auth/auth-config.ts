export interface AuthConfig {
  readonly authority: string;
  readonly clientId: string;
}

/** Where to sign in comes from the server, so switching to real Keycloak is configuration only. */
export async function fetchAuthConfig(fetcher: typeof fetch = fetch): Promise<AuthConfig> {
  const response = await fetcher('/auth-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`auth-config.json: HTTP ${response.status}`);
  const body = (await response.json()) as Partial<AuthConfig>;
  if (typeof body.authority !== 'string' || typeof body.clientId !== 'string') throw new Error('auth-config.json is incomplete');
  return { authority: body.authority, clientId: body.clientId };
}

export const CALLBACK_PATH = '/auth/callback';

/** Settings for oidc-client-ts: code flow with PKCE (its default), refresh-token renewal. */
export function oidcSettings(config: AuthConfig, origin: string) {
  return {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    scope: 'openid profile email organization',
    automaticSilentRenew: true,
    // Keycloak's userinfo is not needed: the ID token carries the profile.
    loadUserInfo: false,
  };
}
