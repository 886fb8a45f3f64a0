import { createHash, randomBytes } from 'node:crypto';

export interface PkceLoginOptions {
  /** `<base>/realms/portal` */
  readonly issuer: string;
  readonly username: string;
  readonly password?: string;
  readonly clientId?: string;
  readonly redirectUri?: string;
}

export interface TokenSet {
  readonly access_token: string;
  readonly refresh_token?: string;
  readonly id_token?: string;
  readonly expires_in: number;
}

export class LoginFailedError extends Error {}

/** Minimal cookie jar: the login flow needs the interaction and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (pair && index > 0) this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Logs a user in the way a browser does: authorization request with PKCE (S256), the login
 * form, the redirect with the code, then the token request as the public client.
 */
export async function loginWithPkce(options: PkceLoginOptions): Promise<TokenSet> {
  const clientId = options.clientId ?? 'portal-web';
  const redirectUri = options.redirectUri ?? 'http://localhost:3000/auth/callback';
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(8).toString('hex');
  const jar = new CookieJar();
  const origin = new URL(options.issuer).origin;

  const request = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, origin), { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: jar.header() } });
    jar.store(response);
    return response;
  };

  const auth = new URL(`${options.issuer}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile email organization',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();

  let response = await request(auth.toString());
  let location = response.headers.get('location');
  if (response.status !== 303 && response.status !== 302) throw new LoginFailedError(`Inloggningen startade inte (HTTP ${response.status}).`);
  response = await request(location!);
  const html = await response.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new LoginFailedError('Hittade inget inloggningsformulär.');
  response = await request(action.replace(/&amp;/g, '&'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: options.username, password: options.password ?? 'demo' }).toString(),
  });
  if (response.status === 401) throw new LoginFailedError('Fel användarnamn eller lösenord.');
  // Follow redirects within the provider until it sends us to the client's redirect URI.
  for (let hops = 0; hops < 10; hops++) {
    location = response.headers.get('location');
    if (!location) throw new LoginFailedError(`Oväntat svar från inloggningen (HTTP ${response.status}).`);
    if (location.startsWith(redirectUri)) break;
    response = await request(location);
  }
  const callback = new URL(location!);
  if (callback.searchParams.get('state') !== state) throw new LoginFailedError('Fel state i svaret.');
  const code = callback.searchParams.get('code');
  if (!code) throw new LoginFailedError(`Ingen kod: ${callback.searchParams.get('error') ?? 'okänt fel'}.`);

  const token = await fetch(`${options.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier }).toString(),
  });
  const body = (await token.json()) as TokenSet & { error?: string };
  if (!token.ok || !body.access_token) throw new LoginFailedError(`Tokenutbytet misslyckades: ${body.error ?? token.status}.`);
  return body;
}
