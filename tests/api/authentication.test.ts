import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { SignJWT, decodeJwt, generateKeyPair, importJWK, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

const ME = '{ me { id username roles organizations { slug } activeOrganization { slug } } }';

interface MeResult {
  me: { id: string; username: string; roles: string[]; organizations: Array<{ slug: string }>; activeOrganization: { slug: string } | null };
}

describe('authentication with real tokens from the Keycloak stand-in', () => {
  let portal: TestPortal;
  let issuer: string;
  let realmKey: { jwk: JWK; kid: string };
  const tokens = new Map<string, string>();

  const token = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, (await loginWithPkce({ issuer, username })).access_token);
    return tokens.get(username)!;
  };
  const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

  /** A token signed with the realm's own key, with claims changed one at a time. */
  const forge = async (changes: JWTPayload, options: { header?: Record<string, unknown>; drop?: string[] } = {}) => {
    const payload: JWTPayload = { ...decodeJwt(await token('projektledare.linkoping')), ...changes };
    for (const claim of options.drop ?? []) delete payload[claim];
    const key = await importJWK(realmKey.jwk, 'RS256');
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: realmKey.kid, ...options.header }).sign(key);
  };

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'authentication', identity: true });
    issuer = portal.issuer!;
    const jwk = JSON.parse(await readFile(path.join(portal.dataDir, 'identity', 'signing-key.json'), 'utf8')) as JWK;
    realmKey = { jwk, kid: jwk.kid! };
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('answers me for a signed-in user with their organisation as the active one', async () => {
    const response = await gql<MeResult>(portal.url, ME, undefined, bearer(await token('admin.linkoping')));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.me).toMatchObject({
      username: 'admin.linkoping',
      organizations: [{ slug: 'linkoping' }],
      activeOrganization: { slug: 'linkoping' },
    });
    expect(response.body.data?.me.roles).toEqual(['portal-user']);
  });

  it('takes administration from the organisation admin group of the active organisation only, never from a realm-wide org-admin role', async () => {
    const MEMBERS = '{ organizationMembers { username } }';
    // Signed by the realm itself: a realm-wide role, as the old realm had, is ignored.
    const realmRole = await forge({ realm_access: { roles: ['portal-user', 'org-admin'] } });
    expect(errorCodes(await gql(portal.url, MEMBERS, undefined, bearer(realmRole)))).toEqual(['FORBIDDEN']);
    // Admin of another organisation: nothing here.
    const otherGroup = await forge({ groups: ['/org-admins/norrkoping'] });
    expect(errorCodes(await gql(portal.url, MEMBERS, undefined, bearer(otherGroup)))).toEqual(['FORBIDDEN']);
    // A look-alike path outside the admin parent group: nothing.
    const lookAlike = await forge({ groups: ['/other/org-admins/linkoping', 'org-admins/linkoping'] });
    expect(errorCodes(await gql(portal.url, MEMBERS, undefined, bearer(lookAlike)))).toEqual(['FORBIDDEN']);
    const ownGroup = await forge({ groups: ['/org-admins/linkoping'] });
    expect((await gql(portal.url, MEMBERS, undefined, bearer(ownGroup))).body.errors).toBeUndefined();
  });

  it('requires a token for me (UNAUTHENTICATED) but not for public queries', async () => {
    expect(errorCodes(await gql(portal.url, ME))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(portal.url, '{ organizations { slug } }')).body.errors).toBeUndefined();
  });

  it('lets a member of several organisations pick one with X-Organization, and refuses one that is not theirs', async () => {
    const t = await token('flera.org');
    const none = await gql<MeResult>(portal.url, ME, undefined, bearer(t));
    expect(none.body.data?.me.activeOrganization).toBeNull();
    expect(none.body.data?.me.organizations.map((o) => o.slug)).toEqual(['mjolby', 'vadstena']);
    const picked = await gql<MeResult>(portal.url, ME, undefined, { ...bearer(t), 'x-organization': 'vadstena' });
    expect(picked.body.data?.me.activeOrganization).toEqual({ slug: 'vadstena' });
    const foreign = await gql(portal.url, ME, undefined, { ...bearer(t), 'x-organization': 'linkoping' });
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    expect(foreign.body.data ?? null).toBeNull();
    const anonymous = await gql(portal.url, '{ organizations { slug } }', undefined, { 'x-organization': 'linkoping' });
    expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
  });

  it('refuses at least 25 kinds of bad token, each with UNAUTHENTICATED and no detail', async () => {
    const good = await token('projektledare.linkoping');
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    const otherKey = await generateKeyPair('RS256');
    const publicJwk = { ...realmKey.jwk };
    for (const part of ['d', 'p', 'q', 'dp', 'dq', 'qi']) delete (publicJwk as Record<string, unknown>)[part];
    const idToken = (await loginWithPkce({ issuer, username: 'projektledare.linkoping' })).id_token!;

    const bad: Array<[string, Record<string, string>]> = [
      ['alg none', bearer(`${b64({ ...decodedHeader, alg: 'none' })}.${payload}.`)],
      ['alg none without signature part', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}`)],
      [
        'HS256 signed with the public key',
        bearer(
          await new SignJWT(decodeJwt(good)).setProtectedHeader({ alg: 'HS256', kid: realmKey.kid }).sign(new TextEncoder().encode(JSON.stringify(publicJwk))),
        ),
      ],
      ['unknown kid, other key', bearer(await new SignJWT(decodeJwt(good)).setProtectedHeader({ alg: 'RS256', kid: 'unknown-kid' }).sign(otherKey.privateKey))],
      ['known kid, other key', bearer(await new SignJWT(decodeJwt(good)).setProtectedHeader({ alg: 'RS256', kid: realmKey.kid }).sign(otherKey.privateKey))],
      ['tampered payload', bearer(`${header}.${b64({ ...decodeJwt(good), realm_access: { roles: ['platform-admin'] } })}.${signature}`)],
      ['tampered signature', bearer(`${header}.${payload}.${signature.slice(0, -4)}AAAA`)],
      ['wrong issuer', bearer(await forge({ iss: 'http://evil.example/realms/portal' }))],
      ['issuer of another realm', bearer(await forge({ iss: issuer.replace(/portal$/, 'master') }))],
      ['wrong audience', bearer(await forge({ aud: 'account' }))],
      ['audience list without portal-api', bearer(await forge({ aud: ['account', 'broker'] }))],
      ['azp not allowed', bearer(await forge({ azp: 'some-other-client' }))],
      ['azp missing', bearer(await forge({}, { drop: ['azp'] }))],
      ['expired', bearer(await forge({ iat: now - 3600, exp: now - 600 }))],
      ['missing exp', bearer(await forge({}, { drop: ['exp'] }))],
      ['missing iat', bearer(await forge({}, { drop: ['iat'] }))],
      ['missing sub', bearer(await forge({}, { drop: ['sub'] }))],
      ['iat in the future beyond the clock tolerance', bearer(await forge({ iat: now + 3600 }))],
      ['nbf in the future', bearer(await forge({ nbf: now + 3600 }))],
      ['typ ID', bearer(await forge({ typ: 'ID' }))],
      ['typ Refresh', bearer(await forge({ typ: 'Refresh' }))],
      ['an ID token instead of an access token', bearer(idToken)],
      ['garbage', bearer('not.a.jwt')],
      ['Basic scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['lower-case bearer with junk', { authorization: `bearer ${good} extra` }],
      ['empty bearer', { authorization: 'Bearer ' }],
      ['oversized token', bearer(`${header}.${'A'.repeat(12_500)}.${signature}`)],
    ];
    expect(bad.length).toBeGreaterThanOrEqual(25);
    // The forging itself is sound: with no change, a re-signed token is accepted.
    expect((await gql<MeResult>(portal.url, ME, undefined, bearer(await forge({})))).body.data?.me.username).toBe('projektledare.linkoping');
    const accepted: string[] = [];
    for (const [name, headers] of bad) {
      const response = await gql(portal.url, '{ organizations { slug } }', undefined, headers);
      if (JSON.stringify(errorCodes(response)) !== '["UNAUTHENTICATED"]' || response.body.data) accepted.push(name);
      expect(JSON.stringify(response.body)).not.toMatch(/JWS|JWT|signature|expired|audience|issuer|alg/i);
    }
    expect(accepted).toEqual([]);

    // A token in the query string is refused even when it is valid.
    const inQuery = await fetch(`${portal.url}/graphql?access_token=${good}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organizations { slug } }' }),
    });
    expect(((await inQuery.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');

    // And the good token still works (nothing above poisoned the key cache).
    expect((await gql<MeResult>(portal.url, ME, undefined, bearer(good))).body.data?.me.username).toBe('projektledare.linkoping');
  });

  it('refuses a request with two Authorization headers (UNAUTHENTICATED), even when the first is valid', async () => {
    const good = await token('projektledare.linkoping');
    // fetch merges repeated headers, so this goes over node:http with a raw header list.
    const body = JSON.stringify({ query: '{ organizations { slug } }' });
    const answer = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(`${portal.url}/graphql`, {
        method: 'POST',
        // A raw header list gets no automatic Host header, and HTTP/1.1 requires one.
        headers: [
          'host',
          new URL(portal.url).host,
          'content-type',
          'application/json',
          'content-length',
          String(Buffer.byteLength(body)),
          'authorization',
          `Bearer ${good}`,
          'authorization',
          `Bearer ${good}`,
        ],
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(answer).toMatch(/^\{/);
    const parsed = JSON.parse(answer) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(parsed.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(parsed.data ?? null).toBeNull();
  });
});
