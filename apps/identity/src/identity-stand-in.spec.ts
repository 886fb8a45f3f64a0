import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityStandIn, type IdentityStandIn } from './identity-stand-in.js';
import { LoginFailedError, loginWithPkce } from './login-with-pkce.js';

describe('the Keycloak stand-in', () => {
  let dataDir: string;
  let standIn: IdentityStandIn;
  const token = (form: Record<string, string>) =>
    fetch(`${standIn.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'identity-'));
    standIn = await startIdentityStandIn({ port: 0, dataDir });
  });
  afterAll(async () => {
    await standIn?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes discovery with Keycloak paths', async () => {
    const discovery = (await (await fetch(`${standIn.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery['issuer']).toBe(standIn.issuer);
    for (const [key, suffix] of [
      ['authorization_endpoint', 'auth'],
      ['token_endpoint', 'token'],
      ['jwks_uri', 'certs'],
      ['userinfo_endpoint', 'userinfo'],
      ['end_session_endpoint', 'logout'],
    ]) {
      expect(discovery[key!]).toBe(`${standIn.issuer}/protocol/openid-connect/${suffix}`);
    }
    expect(discovery['code_challenge_methods_supported']).toEqual(['S256']);
  });

  it('issues Keycloak-shaped access tokens', async () => {
    const tokens = await loginWithPkce({ issuer: standIn.issuer, username: 'admin.linkoping' });
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({
      iss: standIn.issuer,
      aud: 'portal-api',
      azp: 'portal-web',
      typ: 'Bearer',
      preferred_username: 'admin.linkoping',
      email: 'admin.linkoping@example.se',
      name: 'Karin Sjöberg',
      organization: ['linkoping'],
      groups: ['/org-admins/linkoping'],
    });
    // Administration is per organisation (a group), never a realm-wide role.
    expect((claims['realm_access'] as { roles: string[] }).roles).toEqual(['portal-user']);
    expect(claims.exp! - claims.iat!).toBe(300);
    expect(claims['client_id']).toBeUndefined();
    const multi = decodeJwt((await loginWithPkce({ issuer: standIn.issuer, username: 'flera.org' })).access_token);
    expect(multi['organization']).toEqual(['mjolby', 'vadstena']);
    expect(multi['groups']).toBeUndefined();
    const platform = decodeJwt((await loginWithPkce({ issuer: standIn.issuer, username: 'plattform.admin' })).access_token);
    expect(platform['organization']).toBeUndefined();
  });

  it('refuses a wrong password with the Swedish message', async () => {
    await expect(loginWithPkce({ issuer: standIn.issuer, username: 'admin.linkoping', password: 'fel' })).rejects.toThrow(LoginFailedError);
  });

  it('requires PKCE S256 and an exact redirect URI', async () => {
    const authorize = async (params: Record<string, string>) => {
      const url = new URL(`${standIn.issuer}/protocol/openid-connect/auth`);
      url.search = new URLSearchParams({
        client_id: 'portal-web',
        response_type: 'code',
        scope: 'openid',
        state: 's',
        redirect_uri: 'http://localhost:3000/auth/callback',
        ...params,
      }).toString();
      return fetch(url, { redirect: 'manual' });
    };
    const noPkce = await authorize({});
    expect(noPkce.headers.get('location')).toMatch(/error=invalid_request/);
    const plain = await authorize({ code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' });
    expect(plain.headers.get('location')).toMatch(/error=invalid_request/);
    const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
    const wrongRedirect = await authorize({ code_challenge: challenge, code_challenge_method: 'S256', redirect_uri: 'http://localhost:3000/elsewhere' });
    expect(wrongRedirect.status).toBe(400);
    const implicit = await authorize({ response_type: 'token', code_challenge: challenge, code_challenge_method: 'S256' });
    expect(implicit.headers.get('location') ?? '').toMatch(/error=unsupported_response_type|error=unauthorized_client/);
  });

  it('refuses the password grant and rotates refresh tokens', async () => {
    const password = await token({ grant_type: 'password', client_id: 'portal-web', username: 'admin.linkoping', password: 'demo' });
    expect(password.status).toBe(400);
    const tokens = await loginWithPkce({ issuer: standIn.issuer, username: 'projektledare.ydre' });
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await token({ grant_type: 'refresh_token', client_id: 'portal-web', refresh_token: tokens.refresh_token! });
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as { refresh_token: string };
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    const reused = await token({ grant_type: 'refresh_token', client_id: 'portal-web', refresh_token: tokens.refresh_token! });
    expect(reused.status).toBe(400);
  });

  it('serves the admin API to the portal-backend service account through the real admin client', async () => {
    const kc = new KcAdminClient({ baseUrl: standIn.issuer.replace(/\/realms\/portal$/, ''), realmName: 'portal' });
    await kc.auth({ grantType: 'client_credentials', clientId: 'portal-backend', clientSecret: 'change-me-in-production' });
    const organizations = await kc.organizations.find({ max: 100 });
    expect(organizations).toHaveLength(15);
    const linkoping = organizations.find((o) => o.alias === 'linkoping')!;
    const { id } = await kc.users.create({ username: 'ny@linkoping.se', email: 'ny@linkoping.se', enabled: true, attributes: { locale: ['en'] } });
    // Attributes are kept as Keycloak keeps them (the portal reads `locale` back on invitations).
    expect((await kc.users.find({ email: 'ny@linkoping.se', exact: true }))[0]?.attributes).toEqual({ locale: ['en'] });
    await kc.organizations.addMember({ orgId: linkoping.id!, userId: id });
    expect((await kc.organizations.listMembers({ orgId: linkoping.id! })).map((u) => u.username)).toContain('ny@linkoping.se');
    await kc.users.addRealmRoleMappings({ id, roles: [{ id: 'role:region-overseer', name: 'region-overseer' }] });
    expect((await kc.users.listRealmRoleMappings({ id })).map((r) => r.name)).toContain('region-overseer');

    // Per-organisation admin groups: /org-admins/<alias>.
    const [parent] = await kc.groups.find({ search: 'org-admins', exact: true });
    expect(parent?.path).toBe('/org-admins');
    const children = await kc.groups.listSubGroups({ parentId: parent!.id!, max: 100 });
    expect(children.map((g) => g.name)).toHaveLength(15);
    const linkopingAdmins = children.find((g) => g.name === 'linkoping')!;
    expect((await kc.groups.listMembers({ id: linkopingAdmins.id! })).map((u) => u.username)).toEqual(['admin.linkoping']);
    await kc.users.addToGroup({ id, groupId: linkopingAdmins.id! });
    expect((await kc.users.listGroups({ id })).map((g) => g.path)).toEqual(['/org-admins/linkoping']);
    await kc.users.delFromGroup({ id, groupId: linkopingAdmins.id! });
    expect(await kc.users.listGroups({ id })).toEqual([]);
    const created = await kc.groups.createChildGroup({ id: parent!.id! }, { name: 'nykommun' });
    expect((await kc.groups.listSubGroups({ parentId: parent!.id!, search: 'nykommun' })).map((g) => g.id)).toEqual([created.id]);

    // A user's token is not an admin token.
    const user = await loginWithPkce({ issuer: standIn.issuer, username: 'admin.linkoping' });
    const denied = await fetch(`${standIn.issuer.replace('/realms/', '/admin/realms/')}/organizations`, {
      headers: { authorization: `Bearer ${user.access_token}` },
    });
    expect(denied.status).toBe(403);
  });

  it('ends every session of a user on an Admin API logout: their refresh tokens stop working', async () => {
    const kc = new KcAdminClient({ baseUrl: standIn.issuer.replace(/\/realms\/portal$/, ''), realmName: 'portal' });
    await kc.auth({ grantType: 'client_credentials', clientId: 'portal-backend', clientSecret: 'change-me-in-production' });
    const tokens = await loginWithPkce({ issuer: standIn.issuer, username: 'projektledare.norrkoping' });
    const other = await loginWithPkce({ issuer: standIn.issuer, username: 'projektledare.linkoping' });
    const user = decodeJwt(tokens.access_token).sub!;
    await kc.users.logout({ id: user });
    const refresh = await token({ grant_type: 'refresh_token', client_id: 'portal-web', refresh_token: tokens.refresh_token! });
    expect(refresh.status).toBe(400);
    // Only that user: another user's refresh still works.
    expect((await token({ grant_type: 'refresh_token', client_id: 'portal-web', refresh_token: other.refresh_token! })).status).toBe(200);
    // Signing in again at once works, and its refresh token does.
    const again = await loginWithPkce({ issuer: standIn.issuer, username: 'projektledare.norrkoping' });
    expect((await token({ grant_type: 'refresh_token', client_id: 'portal-web', refresh_token: again.refresh_token! })).status).toBe(200);
  });

  it('keeps admin changes over a restart with the same data folder', async () => {
    await standIn.close();
    standIn = await startIdentityStandIn({ port: 0, dataDir });
    const kc = new KcAdminClient({ baseUrl: standIn.issuer.replace(/\/realms\/portal$/, ''), realmName: 'portal' });
    await kc.auth({ grantType: 'client_credentials', clientId: 'portal-backend', clientSecret: 'change-me-in-production' });
    expect((await kc.users.find({ email: 'ny@linkoping.se', exact: true })).map((u) => u.username)).toEqual(['ny@linkoping.se']);
  });
});
