import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

interface Member {
  id: string;
  username: string;
  email: string | null;
  isOrganizationAdmin: boolean;
}

const MEMBERS = 'query($o: String) { organizationMembers(organization: $o) { id username email isOrganizationAdmin } }';
const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id username email isOrganizationAdmin } }';
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

    const invited = await gql<{ inviteMember: Member }>(portal.url, INVITE, { i: { email: 'Ny.Person@linkoping.se', firstName: 'Ny', lastName: 'Person' } }, admin);
    expect(invited.body.errors).toBeUndefined();
    const newMember = invited.body.data!.inviteMember;
    expect(newMember).toMatchObject({ username: 'ny.person@linkoping.se', isOrganizationAdmin: false });
    const outbox = JSON.parse(await readFile(path.join(portal.dataDir, 'identity', 'state.json'), 'utf8')).outbox as Array<{ to: string; actions: string[] }>;
    expect(outbox).toEqual([expect.objectContaining({ to: 'Ny.Person@linkoping.se', actions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'] })]);

    const again = await gql(portal.url, INVITE, { i: { email: 'ny.person@linkoping.se' } }, admin);
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const promoted = await gql<{ setOrganizationAdmin: Member }>(portal.url, SET_ADMIN, { u: newMember.id, a: true }, admin);
    expect(promoted.body.data?.setOrganizationAdmin.isOrganizationAdmin).toBe(true);
    const removed = await gql<{ removeMember: string }>(portal.url, REMOVE, { u: newMember.id }, admin);
    expect(removed.body.data?.removeMember).toBe(newMember.id);
    const after = await gql<{ organizationMembers: Member[] }>(portal.url, MEMBERS, {}, admin);
    expect(after.body.data?.organizationMembers.map((m) => m.id)).not.toContain(newMember.id);

    const audit = await gql<{ organizationAuditLog: Array<{ action: string; actorUsername: string; subject: string | null }> }>(portal.url, AUDIT, undefined, admin);
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
    const byAdmin = await gql(portal.url, 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { slug } }', { i: { ...input, slug: 'annan' } }, await as('admin.linkoping'));
    expect(errorCodes(byAdmin)).toEqual(['FORBIDDEN']);
  });
});
