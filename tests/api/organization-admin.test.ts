import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import pg from 'pg';
import { loginWithPkce, type TokenSet } from '@portal/identity/dist/login-with-pkce.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

interface Member {
  id: string;
  username: string;
  email: string | null;
  isOrganizationAdmin: boolean;
}

const MEMBERS = 'query($o: String) { organizationMembers(organization: $o) { id username email isOrganizationAdmin } }';
interface Invitation {
  id: string;
  email: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
  organization: { slug: string };
}

const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id email status organization { slug } } }';
const INVITATIONS = 'query($o: String) { organizationInvitations(organization: $o) { id email status } }';
const MY_INVITATIONS = '{ myInvitations { id email status invitedByUsername organization { slug name } } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(id: $id) { id status organization { slug } } }';
const DECLINE = 'mutation($id: ID!) { declineInvitation(id: $id) { id status } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawInvitation(id: $id) { id status } }';
const ME = '{ me { administeredOrganizations activeOrganization { slug } organizations { slug } } }';
const USER = {
  linkoping: '5b1f7d0e-0a51-4c1e-9a01-000000000001',
  norrkoping: '5b1f7d0e-0a51-4c1e-9a01-000000000002',
  admin: '5b1f7d0e-0a51-4c1e-9a01-000000000004',
} as const;
const SET_ADMIN = 'mutation($u: ID!, $a: Boolean!, $o: String) { setOrganizationAdmin(userId: $u, admin: $a, organization: $o) { id isOrganizationAdmin } }';
const REMOVE = 'mutation($u: ID!, $o: String) { removeMember(userId: $u, organization: $o) }';
const AUDIT = '{ organizationAuditLog { action actorUsername subject } }';

describe('organisation administration through Keycloak', () => {
  let portal: TestPortal;
  const tokens = new Map<string, string>();
  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, (await loginWithPkce({ issuer: portal.issuer!, username })).access_token);
    return { authorization: `Bearer ${tokens.get(username)}` };
  };

  /** A new sign-in: a token reflecting Keycloak now, with a refresh token of its own session. */
  const login = (username: string): Promise<TokenSet> => loginWithPkce({ issuer: portal.issuer!, username });
  const bearer = (tokens: TokenSet, organization?: string) => ({
    authorization: `Bearer ${tokens.access_token}`,
    ...(organization ? { 'x-organization': organization } : {}),
  });
  /** admin.linkoping with a current token, acting for Linköping (they may belong to several organisations). */
  const linkopingAdmin = async () => bearer(await login('admin.linkoping'), 'linkoping');
  const auditOf = async (slug: string): Promise<Array<{ action: string; actor: string; subject: string | null }>> => {
    const client = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT a.action, a.actor_username AS actor, a.details->>'subject' AS subject FROM audit_event a JOIN organization o ON o.id = a.organization_id WHERE o.slug = $1 ORDER BY a.created_at`,
        [slug],
      );
      return rows as Array<{ action: string; actor: string; subject: string | null }>;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'organization-admin', identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('lets the org-admin list, invite, promote and remove members of their own organisation, all audited', async () => {
    const admin = await as('admin.linkoping');
    const before = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.organizationMembers.map((m) => m.username).sort()).toEqual(['admin.linkoping', 'projektledare.linkoping']);
    expect(before.body.data?.organizationMembers.find((m) => m.username === 'admin.linkoping')?.isOrganizationAdmin).toBe(true);

    // A brand-new address: the account is created and added at once (nobody to ask yet).
    const invited = await gql<{ inviteMember: Invitation }>(
      portal.url,
      INVITE,
      { i: { email: 'Ny.Person@linkoping.se', firstName: 'Ny', lastName: 'Person' } },
      admin,
    );
    expect(invited.body.errors).toBeUndefined();
    expect(invited.body.data?.inviteMember).toMatchObject({ email: 'Ny.Person@linkoping.se', status: 'ACCEPTED', organization: { slug: 'linkoping' } });
    const listed = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin);
    const newMember = listed.body.data!.organizationMembers.find((m) => m.username === 'ny.person@linkoping.se')!;
    expect(newMember).toMatchObject({ isOrganizationAdmin: false });
    const outbox = JSON.parse(await readFile(path.join(portal.dataDir, 'identity', 'state.json'), 'utf8')).outbox as Array<{ to: string; actions: string[] }>;
    expect(outbox).toEqual([expect.objectContaining({ to: 'Ny.Person@linkoping.se', actions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'] })]);

    const again = await gql(portal.url, INVITE, { i: { email: 'ny.person@linkoping.se' } }, admin);
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const promoted = await gql<{ setOrganizationAdmin: Member }>(portal.url, SET_ADMIN, { u: newMember.id, a: true }, admin);
    expect(promoted.body.data?.setOrganizationAdmin.isOrganizationAdmin).toBe(true);
    const state = JSON.parse(await readFile(path.join(portal.dataDir, 'identity', 'state.json'), 'utf8')) as {
      users: Array<{ id: string; groups: string[]; realmRoles: string[] }>;
      groups: Array<{ id: string; path: string }>;
    };
    const groupsOfNew = state.users.find((u) => u.id === newMember.id)!.groups.map((id) => state.groups.find((g) => g.id === id)?.path);
    // Per organisation: the Keycloak group of Linköping, no realm-wide role.
    expect(groupsOfNew).toEqual(['/org-admins/linkoping']);
    expect(state.users.find((u) => u.id === newMember.id)!.realmRoles).not.toContain('org-admin');
    const removed = await gql<{ removeMember: string }>(portal.url, REMOVE, { u: newMember.id }, admin);
    expect(removed.body.data?.removeMember).toBe(newMember.id);
    const after = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin);
    expect(after.body.data?.organizationMembers.map((m) => m.id)).not.toContain(newMember.id);

    const audit = await gql<{ organizationAuditLog: Array<{ action: string; actorUsername: string; subject: string | null }> }>(
      portal.url,
      AUDIT,
      undefined,
      admin,
    );
    expect(audit.body.data?.organizationAuditLog.map((e) => e.action)).toEqual(['member.removed', 'role.granted', 'member.invited']);
    expect(audit.body.data?.organizationAuditLog.every((e) => e.actorUsername === 'admin.linkoping')).toBe(true);
  });

  it('validates input with Swedish field messages', async () => {
    const response = await gql(portal.url, INVITE, { i: { email: 'inte en adress' } }, await as('admin.linkoping'));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.extensions?.['fieldErrors']).toEqual({ email: 'Ange en giltig e-postadress, t.ex. namn@kommun.se.' });
  });

  it('keeps org-admins to their own organisation and other users out entirely', async () => {
    const admin = await as('admin.linkoping');
    expect(errorCodes(await gql(portal.url, MEMBERS, { o: 'norrkoping' }, admin))).toEqual(['FORBIDDEN']);
    const norrkopingMember = '5b1f7d0e-0a51-4c1e-9a01-000000000002';
    // A member of another organisation looks exactly like a user that does not exist.
    const foreign = await gql(portal.url, REMOVE, { u: norrkopingMember }, admin);
    const missing = await gql(portal.url, REMOVE, { u: '00000000-0000-4000-8000-000000000000' }, admin);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    for (const user of ['projektledare.linkoping', 'projektledare.norrkoping', 'samordnare.region', 'flera.org']) {
      expect(errorCodes(await gql(portal.url, MEMBERS, {}, await as(user))), user).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(portal.url, AUDIT, undefined, await as(user))), user).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await gql(portal.url, MEMBERS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('makes an existing user a member only after they accept: pending, not in the member list, not in their token', async () => {
    const admin = await linkopingAdmin();
    const invited = await gql<{ inviteMember: Invitation }>(portal.url, INVITE, { i: { email: 'projektledare.norrkoping@example.se' } }, admin);
    expect(invited.body.errors).toBeUndefined();
    const invitation = invited.body.data!.inviteMember;
    expect(invitation).toMatchObject({ status: 'PENDING', organization: { slug: 'linkoping' } });
    const members = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin);
    expect(members.body.data?.organizationMembers.map((m) => m.id)).not.toContain(USER.norrkoping);
    expect(decodeJwt((await login('projektledare.norrkoping')).access_token)['organization']).toEqual(['norrkoping']);
    const pending = await gql<{ organizationInvitations: Invitation[] }>(portal.url, INVITATIONS, {}, admin);
    expect(pending.body.data?.organizationInvitations).toEqual([{ id: invitation.id, email: 'projektledare.norrkoping@example.se', status: 'PENDING' }]);
    expect(errorCodes(await gql(portal.url, INVITE, { i: { email: 'projektledare.norrkoping@example.se' } }, admin))).toEqual(['CONFLICT']);

    // The invitee sees it, identified by their token alone; nobody else sees or decides it.
    const invitee = bearer(await login('projektledare.norrkoping'));
    const mine = await gql<{ myInvitations: Array<Invitation & { invitedByUsername: string; organization: { slug: string; name: string } }> }>(
      portal.url,
      MY_INVITATIONS,
      undefined,
      invitee,
    );
    expect(mine.body.data?.myInvitations).toEqual([
      {
        id: invitation.id,
        email: 'projektledare.norrkoping@example.se',
        status: 'PENDING',
        invitedByUsername: 'admin.linkoping',
        organization: { slug: 'linkoping', name: 'Linköpings kommun' },
      },
    ]);
    const other = bearer(await login('projektledare.ydre'));
    expect((await gql<{ myInvitations: Invitation[] }>(portal.url, MY_INVITATIONS, undefined, other)).body.data?.myInvitations).toEqual([]);
    const byOther = await gql(portal.url, ACCEPT, { id: invitation.id }, other);
    const missing = await gql(portal.url, ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, other);
    expect(errorCodes(byOther)).toEqual(['NOT_FOUND']);
    expect(byOther.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    expect(errorCodes(await gql(portal.url, DECLINE, { id: invitation.id }, await as('admin.linkoping')))).toEqual(['NOT_FOUND']);

    const accepted = await gql<{ acceptInvitation: Invitation }>(portal.url, ACCEPT, { id: invitation.id }, invitee);
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.acceptInvitation).toMatchObject({ status: 'ACCEPTED', organization: { slug: 'linkoping' } });
    const after = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin);
    expect(after.body.data?.organizationMembers.find((m) => m.id === USER.norrkoping)).toMatchObject({ isOrganizationAdmin: false });
    expect(decodeJwt((await login('projektledare.norrkoping')).access_token)['organization']).toEqual(['linkoping', 'norrkoping']);
    expect((await gql<{ myInvitations: Invitation[] }>(portal.url, MY_INVITATIONS, undefined, invitee)).body.data?.myInvitations).toEqual([]);
    expect(errorCodes(await gql(portal.url, ACCEPT, { id: invitation.id }, invitee))).toEqual(['NOT_FOUND']);

    const audit = await auditOf('linkoping');
    expect(audit.slice(-2)).toEqual([
      { action: 'member.invited', actor: 'admin.linkoping', subject: 'projektledare.norrkoping@example.se' },
      { action: 'invitation.accepted', actor: 'projektledare.norrkoping', subject: 'projektledare.norrkoping' },
    ]);
  });

  it('lets the invitee decline and the admin withdraw, each audited in the inviting organisation', async () => {
    const admin = await linkopingAdmin();
    const ydre = bearer(await login('projektledare.ydre'));
    const first = (await gql<{ inviteMember: Invitation }>(portal.url, INVITE, { i: { email: 'projektledare.ydre@example.se' } }, admin)).body.data!
      .inviteMember;
    const declined = await gql<{ declineInvitation: Invitation }>(portal.url, DECLINE, { id: first.id }, ydre);
    expect(declined.body.data?.declineInvitation).toEqual({ id: first.id, status: 'DECLINED' });
    expect((await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin)).body.data?.organizationMembers.map((m) => m.username)).not.toContain(
      'projektledare.ydre',
    );

    const second = (await gql<{ inviteMember: Invitation }>(portal.url, INVITE, { i: { email: 'projektledare.ydre@example.se' } }, admin)).body.data!
      .inviteMember;
    expect(second.status).toBe('PENDING');
    const withdrawn = await gql<{ withdrawInvitation: Invitation }>(portal.url, WITHDRAW, { id: second.id }, admin);
    expect(withdrawn.body.data?.withdrawInvitation).toEqual({ id: second.id, status: 'WITHDRAWN' });
    expect((await gql<{ myInvitations: Invitation[] }>(portal.url, MY_INVITATIONS, undefined, ydre)).body.data?.myInvitations).toEqual([]);
    expect(errorCodes(await gql(portal.url, ACCEPT, { id: second.id }, ydre))).toEqual(['NOT_FOUND']);
    expect(decodeJwt((await login('projektledare.ydre')).access_token)['organization']).toEqual(['ydre']);

    expect((await auditOf('linkoping')).slice(-4).map((e) => [e.action, e.actor])).toEqual([
      ['member.invited', 'admin.linkoping'],
      ['invitation.declined', 'projektledare.ydre'],
      ['member.invited', 'admin.linkoping'],
      ['invitation.withdrawn', 'admin.linkoping'],
    ]);
  });

  it('gives a user made admin in Linköping nothing in Norrköping, where they are also a member', async () => {
    const admin = await linkopingAdmin();
    const promoted = await gql<{ setOrganizationAdmin: Member }>(portal.url, SET_ADMIN, { u: USER.norrkoping, a: true }, admin);
    expect(promoted.body.data?.setOrganizationAdmin).toEqual({ id: USER.norrkoping, isOrganizationAdmin: true });
    const tokens = await login('projektledare.norrkoping');
    expect(decodeJwt(tokens.access_token)).toMatchObject({ organization: ['linkoping', 'norrkoping'], groups: ['/org-admins/linkoping'] });

    const inLinkoping = bearer(tokens, 'linkoping');
    expect((await gql(portal.url, MEMBERS, {}, inLinkoping)).body.errors).toBeUndefined();
    const inNorrkoping = bearer(tokens, 'norrkoping');
    expect(
      (await gql<{ me: { administeredOrganizations: string[] } }>(portal.url, ME, undefined, inNorrkoping)).body.data?.me.administeredOrganizations,
    ).toEqual(['linkoping']);
    for (const [what, query, variables] of [
      ['members', MEMBERS, {}],
      ['invitations', INVITATIONS, {}],
      ['audit', AUDIT, undefined],
      ['invite', INVITE, { i: { email: 'annan@norrkoping.se' } }],
      ['remove', REMOVE, { u: USER.admin }],
      ['set admin', SET_ADMIN, { u: USER.norrkoping, a: true }],
    ] as const) {
      expect(errorCodes(await gql(portal.url, query, variables, inNorrkoping)), what).toEqual(['FORBIDDEN']);
    }
    // Norrköping's own view: not an admin there.
    const norrkopingMembers = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, { o: 'norrkoping' }, await as('plattform.admin'));
    expect(norrkopingMembers.body.data?.organizationMembers.find((m) => m.id === USER.norrkoping)?.isOrganizationAdmin).toBe(false);
  });

  it('lets the Linköping admin administer nothing in Norrköping, also once a member there, by header or by argument', async () => {
    const platform = await as('plattform.admin');
    const invited = await gql<{ inviteMember: Invitation }>(
      portal.url,
      INVITE,
      { i: { email: 'admin.linkoping@example.se', organization: 'norrkoping' } },
      platform,
    );
    expect(invited.body.data?.inviteMember.status).toBe('PENDING');
    const accepted = await gql<{ acceptInvitation: Invitation }>(
      portal.url,
      ACCEPT,
      { id: invited.body.data!.inviteMember.id },
      bearer(await login('admin.linkoping')),
    );
    expect(accepted.body.data?.acceptInvitation.status).toBe('ACCEPTED');

    const tokens = await login('admin.linkoping');
    expect(decodeJwt(tokens.access_token)).toMatchObject({ organization: ['linkoping', 'norrkoping'], groups: ['/org-admins/linkoping'] });
    const attempts = [
      ['members', MEMBERS, {}],
      ['invitations', INVITATIONS, {}],
      ['invite', INVITE, { i: { email: 'projektledare.ydre@example.se' } }],
      ['remove', REMOVE, { u: USER.norrkoping }],
      ['set admin', SET_ADMIN, { u: USER.norrkoping, a: false }],
    ] as const;
    for (const [what, query, variables] of attempts) {
      expect(errorCodes(await gql(portal.url, query, variables, bearer(tokens, 'norrkoping'))), `${what} as Norrköping`).toEqual(['FORBIDDEN']);
      const byArgument = 'i' in variables ? { i: { ...variables.i, organization: 'norrkoping' } } : { ...variables, o: 'norrkoping' };
      expect(errorCodes(await gql(portal.url, query, byArgument, bearer(tokens, 'linkoping'))), `${what} for Norrköping`).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await gql(portal.url, AUDIT, undefined, bearer(tokens, 'norrkoping')))).toEqual(['FORBIDDEN']);
    // Still admin at home.
    expect((await gql(portal.url, MEMBERS, {}, bearer(tokens, 'linkoping'))).body.errors).toBeUndefined();
    // The membership change is in Norrköping's log, not only in the inviter's.
    expect((await auditOf('norrkoping')).map((e) => [e.action, e.actor])).toEqual([
      ['member.invited', 'plattform.admin'],
      ['invitation.accepted', 'admin.linkoping'],
    ]);
  });

  it("stops a removed member's unexpired token from acting for the organisation on the very next request, and ends their sessions", async () => {
    const tokens = await login('projektledare.norrkoping');
    const asLinkoping = bearer(tokens, 'linkoping');
    expect((await gql<{ me: { activeOrganization: { slug: string } } }>(portal.url, ME, undefined, asLinkoping)).body.data?.me.activeOrganization).toEqual({
      slug: 'linkoping',
    });

    const removed = await gql<{ removeMember: string }>(portal.url, REMOVE, { u: USER.norrkoping }, await linkopingAdmin());
    expect(removed.body.data?.removeMember).toBe(USER.norrkoping);

    // Same token, seconds later, long before it expires.
    expect(decodeJwt(tokens.access_token).exp! * 1000).toBeGreaterThan(Date.now() + 60_000);
    expect(errorCodes(await gql(portal.url, ME, undefined, asLinkoping))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(portal.url, MEMBERS, {}, asLinkoping))).toEqual(['FORBIDDEN']);
    const home = await gql<{ me: { administeredOrganizations: string[]; activeOrganization: { slug: string }; organizations: Array<{ slug: string }> } }>(
      portal.url,
      ME,
      undefined,
      bearer(tokens),
    );
    expect(home.body.data?.me).toEqual({ administeredOrganizations: [], activeOrganization: { slug: 'norrkoping' }, organizations: [{ slug: 'norrkoping' }] });
    // Keycloak ended their sessions: the refresh token no longer gets a new access token.
    const refresh = await fetch(`${portal.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'portal-web', refresh_token: tokens.refresh_token! }),
    });
    expect(refresh.status).toBe(400);
    // Removal also took the Linköping admin group, so a later re-invitation is not admin by surprise.
    expect(decodeJwt((await login('projektledare.norrkoping')).access_token)).toMatchObject({ organization: ['norrkoping'] });
    expect(decodeJwt((await login('projektledare.norrkoping')).access_token)['groups']).toBeUndefined();
    expect((await auditOf('linkoping')).at(-1)).toEqual({ action: 'member.removed', actor: 'admin.linkoping', subject: 'projektledare.norrkoping' });
  });

  it('takes the admin right away on the next request with the old token, and gives it back when re-granted', async () => {
    const admin = await linkopingAdmin();
    await gql(portal.url, SET_ADMIN, { u: USER.linkoping, a: true }, admin);
    const old = bearer(await login('projektledare.linkoping'));
    expect((await gql(portal.url, MEMBERS, {}, old)).body.errors).toBeUndefined();

    const revoked = await gql<{ setOrganizationAdmin: Member }>(portal.url, SET_ADMIN, { u: USER.linkoping, a: false }, admin);
    expect(revoked.body.data?.setOrganizationAdmin.isOrganizationAdmin).toBe(false);
    expect(errorCodes(await gql(portal.url, MEMBERS, {}, old))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(portal.url, INVITE, { i: { email: 'ska.inte@linkoping.se' } }, old))).toEqual(['FORBIDDEN']);
    expect(
      (await gql<{ me: { administeredOrganizations: string[]; activeOrganization: { slug: string } } }>(portal.url, ME, undefined, old)).body.data?.me,
    ).toMatchObject({
      administeredOrganizations: [],
      activeOrganization: { slug: 'linkoping' },
    });

    await gql(portal.url, SET_ADMIN, { u: USER.linkoping, a: true }, admin);
    expect((await gql(portal.url, MEMBERS, {}, bearer(await login('projektledare.linkoping')))).body.errors).toBeUndefined();
    expect((await auditOf('linkoping')).slice(-3).map((e) => e.action)).toEqual(['role.granted', 'role.revoked', 'role.granted']);
  });

  it('lets the platform admin create an organisation in Keycloak and the portal together', async () => {
    const platform = await as('plattform.admin');
    const input = { name: 'Testkommun', slug: 'testkommun', kind: 'MUNICIPALITY', municipalityCode: '0599', domain: 'testkommun.se' };
    const created = await gql<{ createOrganization: { slug: string; name: string } }>(
      portal.url,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { slug name } }',
      { i: input },
      platform,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createOrganization).toEqual({ slug: 'testkommun', name: 'Testkommun' });
    const listed = await gql<{ organizations: Array<{ slug: string }> }>(portal.url, '{ organizations { slug } }');
    expect(listed.body.data?.organizations.map((o) => o.slug)).toContain('testkommun');
    const members = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, { o: 'testkommun' }, platform);
    expect(members.body.data?.organizationMembers).toEqual([]);

    const duplicate = await gql(portal.url, 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { slug } }', { i: input }, platform);
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    const byAdmin = await gql(
      portal.url,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { slug } }',
      { i: { ...input, slug: 'annan' } },
      await as('admin.linkoping'),
    );
    expect(errorCodes(byAdmin)).toEqual(['FORBIDDEN']);
  });
});
