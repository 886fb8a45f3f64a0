import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { statementCount } from '@portal/api/dist/database/statement-counter.js';
import { SmtpReceiver } from '../support/smtp-receiver.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';

type Headers = Record<string, string>;

interface Member {
  id: string;
  userId: string;
  displayName: string;
  email: string | null;
  role: string;
  status: string;
  organization: { slug: string } | null;
}

interface NetworkNode {
  id: string;
  name: string;
  version: number;
  myRole: string | null;
  myStatus: string | null;
  canManage: boolean;
  canPlan: boolean;
  memberCount: number;
  parent: { id: string; name: string } | null;
  members: Member[];
  pendingMembers: Member[];
  events: Array<{ action: string; subject: string; actorName: string }>;
  shared: Array<{ kind: string; id: string; title: string }>;
}

const MEMBER = 'id userId displayName email role status organization { slug }';
const NETWORK = `id name version myRole myStatus canManage canPlan memberCount parent { id name }
  members { ${MEMBER} } pendingMembers { ${MEMBER} } events { action subject actorName } shared { kind id title }`;
const CREATE = `mutation($i: NetworkInput!) { createNetwork(input: $i) { ${NETWORK} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: NetworkInput!) { updateNetwork(id: $id, version: $v, input: $i) { ${NETWORK} } }`;
const GET = `query($id: ID!) { network(id: $id) { ${NETWORK} } }`;
const LIST = '{ networks { id name myStatus canManage memberCount parent { id } } }';
const INVITE = `mutation($i: InviteNetworkMemberInput!) { inviteNetworkMember(input: $i) { ${MEMBER} } }`;
const RESPOND = `mutation($n: ID!, $a: Boolean!) { respondToNetworkInvitation(networkId: $n, accept: $a) { ${NETWORK} } }`;
const REQUEST = `mutation($n: ID!) { requestToJoinNetwork(networkId: $n) { ${NETWORK} } }`;
const DECIDE = `mutation($m: ID!, $a: Boolean!) { decideNetworkRequest(memberId: $m, approve: $a) { ${NETWORK} } }`;
const ROLE = `mutation($m: ID!, $r: String!) { changeNetworkMemberRole(memberId: $m, role: $r) { ${MEMBER} } }`;
const REMOVE = `mutation($m: ID!) { removeNetworkMember(memberId: $m) { ${NETWORK} } }`;
const LEAVE = `mutation($n: ID!) { leaveNetwork(networkId: $n) { ${NETWORK} } }`;
const SHARE = 'mutation($i: NetworkShareInput!) { shareWithNetwork(input: $i) { name } }';
const UNSHARE = 'mutation($i: NetworkShareInput!) { unshareFromNetwork(input: $i) { id name } }';
const CREATE_INITIATIVE = 'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }';
const READ_INITIATIVE = 'query($id: ID!) { initiative(id: $id) { id title followUps { milestone } sharedWithNetworks { name } } }';
const REGISTER =
  'query($s: String) { initiatives(search: $s, first: 50, filter: {}) { totalCount edges { node { id } } facets { organization { value count } } } }';

const NETWORK_INPUT = { name: 'HR-chefsnätverket', purpose: 'HR-cheferna i länet delar erfarenheter.', level: 'regional', kind: 'hr', admission: 'invitation' };

describe('networks: members, roles and the network visibility level', () => {
  let portal: TestPortal;
  let receiver: SmtpReceiver;
  const tokens = new Map<string, Headers>();
  const as = async (username: string, organization?: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return { ...tokens.get(username)!, ...(organization ? { 'x-organization': organization } : {}) };
  };
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  };
  const network = async (id: string, user: string) => ok(await gql<{ network: NetworkNode }>(portal.url, GET, { id }, await as(user))).network;
  let hr: NetworkNode;

  beforeAll(async () => {
    // A real SMTP server: the invitations are read as they arrive.
    receiver = await SmtpReceiver.start();
    portal = await startTestPortal({ name: 'networks', identity: true, env: { SMTP_URL: receiver.url, PORTAL_PUBLIC_URL: 'https://portal.example.se' } });
    hr = ok(await gql<{ createNetwork: NetworkNode }>(portal.url, CREATE, { i: NETWORK_INPUT }, await as('ordforande.hr'))).createNetwork;
  });
  afterAll(async () => {
    await portal?.stop();
    await receiver?.stop();
  });

  it('makes the founder the first chair, lists the network to everyone signed in and audits it', async () => {
    expect(hr).toMatchObject({ name: 'HR-chefsnätverket', myRole: 'chair', myStatus: 'active', canManage: true, canPlan: true, memberCount: 1 });
    expect(hr.members).toEqual([expect.objectContaining({ role: 'chair', status: 'active', organization: { slug: 'motala' } })]);
    expect(hr.events.map((e) => e.action)).toEqual(['network.created']);
    const seenByOther = ok(await gql<{ networks: NetworkNode[] }>(portal.url, LIST, {}, await as('projektledare.linkoping'))).networks;
    expect(seenByOther.find((n) => n.id === hr.id)).toEqual({
      id: hr.id,
      name: 'HR-chefsnätverket',
      myStatus: null,
      canManage: false,
      memberCount: 0,
      parent: null,
    });
    // A non-member sees the network but not its members, history or shared records.
    const outside = await network(hr.id, 'projektledare.linkoping');
    expect([outside.members, outside.pendingMembers, outside.events, outside.shared]).toEqual([[], [], [], []]);
    expect(errorCodes(await gql(portal.url, LIST))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses bad input with Swedish field errors and writes nothing', async () => {
    const response = await gql(
      portal.url,
      CREATE,
      { i: { ...NETWORK_INPUT, name: ' ', level: 'planet', kind: 'hr', admission: 'maybe' } },
      await as('ordforande.hr'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.extensions!['fieldErrors']).toEqual({
      name: 'Nätverkets namn måste fyllas i.',
      level: 'Välj nätverkets nivå.',
      admission: 'Välj om nätverket är öppet eller slutet.',
    });
    const invite = await gql(portal.url, INVITE, { i: { networkId: hr.id, email: 'inte-en-adress', role: 'boss' } }, await as('ordforande.hr'));
    expect(errorCodes(invite)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(invite.body.errors![0]!.extensions!['fieldErrors'] as object).sort()).toEqual(['email', 'role']);
    const networks = ok(await gql<{ networks: NetworkNode[] }>(portal.url, LIST, {}, await as('ordforande.hr'))).networks;
    expect(networks.map((n) => n.name)).toEqual(['HR-chefsnätverket']);
  });

  it('builds a tree of networks and refuses a cycle', async () => {
    const chair = await as('ordforande.hr');
    const cluster = ok(
      await gql<{ createNetwork: NetworkNode }>(
        portal.url,
        CREATE,
        { i: { ...NETWORK_INPUT, name: 'HR-kluster västra', level: 'subregional', parentId: hr.id } },
        chair,
      ),
    ).createNetwork;
    expect(cluster.parent).toEqual({ id: hr.id, name: 'HR-chefsnätverket' });
    const current = await network(hr.id, 'ordforande.hr');
    const cycle = await gql(portal.url, UPDATE, { id: hr.id, v: current.version, i: { ...NETWORK_INPUT, parentId: cluster.id } }, chair);
    expect(errorCodes(cycle)).toEqual(['BAD_USER_INPUT']);
    expect(cycle.body.errors![0]!.extensions!['fieldErrors']).toEqual({ parentId: expect.stringContaining('under sig självt') });
    const stale = await gql(portal.url, UPDATE, { id: hr.id, v: current.version + 5, i: NETWORK_INPUT }, chair);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const notChair = await gql(portal.url, UPDATE, { id: cluster.id, v: cluster.version, i: NETWORK_INPUT }, await as('projektledare.linkoping'));
    expect(errorCodes(notChair)).toEqual(['FORBIDDEN']);
  });

  it('lets a member of another municipality read a shared initiative only while a member', async () => {
    const chair = await as('ordforande.hr');
    // Motala's initiative, visible to Motala and the networks it is shared with.
    const initiative = ok(
      await gql<{ createInitiative: { id: string } }>(
        portal.url,
        CREATE_INITIATIVE,
        {
          i: {
            title: 'Gemensam introduktion för nya chefer',
            kind: 'pilot',
            status: 'completed',
            startDate: '2023-01-01',
            endDate: '2024-06-30',
            visibility: 'NETWORK',
          },
        },
        chair,
      ),
    ).createInitiative;
    expect(
      ok(
        await gql<{ shareWithNetwork: Array<{ name: string }> }>(
          portal.url,
          SHARE,
          { i: { networkId: hr.id, recordKind: 'initiative', recordId: initiative.id } },
          chair,
        ),
      ).shareWithNetwork,
    ).toEqual([{ name: 'HR-chefsnätverket' }]);
    const norrkoping = await as('projektledare.norrkoping');
    const readBy = async (headers: Headers) =>
      gql<{ initiative: { title: string; followUps: unknown[]; sharedWithNetworks: unknown[] } }>(portal.url, READ_INITIATIVE, { id: initiative.id }, headers);
    // In the register: listed, and counted in the facets (the aggregate respects the level too).
    const inRegister = async (headers: Headers) => {
      const page = ok(
        await gql<{ initiatives: { edges: Array<{ node: { id: string } }>; facets: { organization: Array<{ value: string; count: number }> } } }>(
          portal.url,
          REGISTER,
          { s: 'introduktion' },
          headers,
        ),
      ).initiatives;
      const listed = page.edges.some((e) => e.node.id === initiative.id);
      const counted = page.facets.organization.find((f) => f.value === 'motala')?.count ?? 0;
      expect(counted, 'facet count agrees with the list').toBe(listed ? 1 : 0);
      return listed;
    };
    expect(errorCodes(await readBy(norrkoping))).toEqual(['NOT_FOUND']);
    expect(await inRegister(norrkoping)).toBe(false);

    const invited = ok(
      await gql<{ inviteNetworkMember: Member }>(
        portal.url,
        INVITE,
        { i: { networkId: hr.id, email: 'projektledare.norrkoping@example.se', role: 'member' } },
        chair,
      ),
    ).inviteNetworkMember;
    expect(invited).toMatchObject({ status: 'invited', role: 'member', email: 'projektledare.norrkoping@example.se' });
    expect(errorCodes(await gql(portal.url, INVITE, { i: { networkId: hr.id, email: 'projektledare.norrkoping@example.se', role: 'member' } }, chair))).toEqual(
      ['CONFLICT'],
    );
    // The invitation arrives by mail, in Swedish, with the way back into the portal and how to stop such mail.
    const mail = await receiver.waitFor((m) => m.subject === 'Inbjudan till nätverket HR-chefsnätverket');
    expect(receiver.to('projektledare.norrkoping@example.se')).toContain(mail);
    expect(mail.text).toContain('bjuder in dig till nätverket HR-chefsnätverket som medlem');
    expect(mail.text).toContain('https://portal.example.se/natverk');
    expect(mail.html).toContain('lang="sv"');
    expect(mail.text).toMatch(/https:\/\/portal\.example\.se\/e-post\/avsluta\?t=/);
    // Invited is not yet a member.
    expect(errorCodes(await readBy(norrkoping))).toEqual(['NOT_FOUND']);
    const seen = ok(await gql<{ networks: NetworkNode[] }>(portal.url, LIST, {}, norrkoping)).networks.find((n) => n.id === hr.id);
    expect(seen?.myStatus).toBe('invited');
    const joined = ok(
      await gql<{ respondToNetworkInvitation: NetworkNode }>(portal.url, RESPOND, { n: hr.id, a: true }, norrkoping),
    ).respondToNetworkInvitation;
    expect(joined).toMatchObject({ myStatus: 'active', myRole: 'member', canManage: false, memberCount: 2 });
    expect(joined.members.map((m) => [m.role, m.organization?.slug])).toEqual([
      ['chair', 'motala'],
      ['member', 'norrkoping'],
    ]);
    // Members see names and organisations; only chairs see addresses (and each their own).
    expect(joined.members.find((m) => m.role === 'chair')?.email).toBeNull();
    expect(joined.shared).toEqual([{ kind: 'initiative', id: initiative.id, title: 'Gemensam introduktion för nya chefer' }]);

    const read = ok(await readBy(norrkoping)).initiative;
    expect(read.title).toBe('Gemensam introduktion för nya chefer');
    expect(read.followUps).toHaveLength(3);
    expect(read.sharedWithNetworks).toEqual([{ name: 'HR-chefsnätverket' }]);
    expect(await inRegister(norrkoping)).toBe(true);
    // Nobody else outside Motala: not Linköping, not the Region, not anonymous.
    for (const user of ['projektledare.linkoping', 'samordnare.region']) {
      expect(errorCodes(await readBy(await as(user)))).toEqual(['NOT_FOUND']);
      expect(await inRegister(await as(user))).toBe(false);
    }
    expect(errorCodes(await readBy({}))).toEqual(['NOT_FOUND']);
    // Only the owner changes it, also for a network member.
    const update = await gql(
      portal.url,
      'mutation($id: ID!, $i: InitiativeInput!) { updateInitiative(id: $id, version: 1, input: $i) { id } }',
      { id: initiative.id, i: { title: 'Kapad', kind: 'pilot', status: 'idea', visibility: 'PUBLIC' } },
      norrkoping,
    );
    expect(errorCodes(update)).toEqual(['NOT_FOUND']);
    // Only the owner shares it.
    expect(errorCodes(await gql(portal.url, UNSHARE, { i: { networkId: hr.id, recordKind: 'initiative', recordId: initiative.id } }, norrkoping))).toEqual([
      'FORBIDDEN',
    ]);

    // The network's log names the shared record to those who may read it, and only to them.
    const sharedEvent = async (user: string) => (await network(hr.id, user)).events.find((e) => e.action === 'record.shared')?.subject;
    expect(await sharedEvent('projektledare.norrkoping')).toBe('Gemensam introduktion för nya chefer');
    ok(
      await gql(
        portal.url,
        'mutation($id: ID!, $i: InitiativeInput!) { updateInitiative(id: $id, version: 1, input: $i) { id } }',
        {
          id: initiative.id,
          i: {
            title: 'Gemensam introduktion för nya chefer',
            kind: 'pilot',
            status: 'completed',
            startDate: '2023-01-01',
            endDate: '2024-06-30',
            visibility: 'PRIVATE',
          },
        },
        chair,
      ),
    );
    expect(await sharedEvent('projektledare.norrkoping')).toBe('');
    expect(await sharedEvent('ordforande.hr')).toBe('Gemensam introduktion för nya chefer');

    // Removed: the next request reads nothing.
    const member = joined.members.find((m) => m.role === 'member')!;
    ok(await gql(portal.url, REMOVE, { m: member.id }, chair));
    expect(errorCodes(await readBy(norrkoping))).toEqual(['NOT_FOUND']);
    expect(await inRegister(norrkoping)).toBe(false);
    const after = await network(hr.id, 'projektledare.norrkoping');
    expect([after.myStatus, after.members, after.shared]).toEqual([null, [], []]);
    const events = (await network(hr.id, 'ordforande.hr')).events.map((e) => e.action);
    expect(events[0]).toBe('member.removed');
    expect(events).toEqual(expect.arrayContaining(['network.created', 'record.shared', 'member.invited', 'member.joined', 'member.removed']));
  });

  it('invites a person without an account, who can then decline', async () => {
    const chair = await as('ordforande.hr');
    const invited = ok(
      await gql<{ inviteNetworkMember: Member }>(
        portal.url,
        INVITE,
        { i: { networkId: hr.id, email: 'Ny.Kollega@Boxholm.se', firstName: 'Ny', lastName: 'Kollega', role: 'secretary', locale: 'en' } },
        chair,
      ),
    ).inviteNetworkMember;
    expect(invited).toMatchObject({ displayName: 'Ny Kollega', email: 'ny.kollega@boxholm.se', role: 'secretary', status: 'invited', organization: null });
    // In the language the chair chose for them, not the chair's own.
    const mail = await receiver.waitFor((m) => m.subject === 'Invitation to the network HR-chefsnätverket' && receiver.to('ny.kollega@boxholm.se').includes(m));
    expect(mail.html).toContain('lang="en"');
    const refused = await gql(portal.url, INVITE, { i: { networkId: hr.id, email: 'annan@boxholm.se', role: 'member', locale: 'de' } }, chair);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.['fieldErrors']).toEqual({ locale: 'Välj svenska eller engelska som språk för inbjudan.' });
    const pending = (await network(hr.id, 'ordforande.hr')).pendingMembers;
    expect(pending.map((m) => m.email)).toContain('ny.kollega@boxholm.se');
    // Withdrawn by the chair.
    ok(await gql(portal.url, REMOVE, { m: invited.id }, chair));
    expect((await network(hr.id, 'ordforande.hr')).pendingMembers.map((m) => m.email)).not.toContain('ny.kollega@boxholm.se');
  });

  it('keeps roles with the chairs and always keeps a chair', async () => {
    const chair = await as('ordforande.hr');
    const ydre = await as('projektledare.ydre');
    const member = ok(
      await gql<{ inviteNetworkMember: Member }>(
        portal.url,
        INVITE,
        { i: { networkId: hr.id, email: 'projektledare.ydre@example.se', role: 'member' } },
        chair,
      ),
    ).inviteNetworkMember;
    ok(await gql(portal.url, RESPOND, { n: hr.id, a: true }, ydre));
    // A member cannot invite, change roles or remove anyone.
    expect(errorCodes(await gql(portal.url, INVITE, { i: { networkId: hr.id, email: 'x@example.se', role: 'member' } }, ydre))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(portal.url, ROLE, { m: member.id, r: 'chair' }, ydre))).toEqual(['FORBIDDEN']);
    const chairRow = (await network(hr.id, 'ordforande.hr')).members.find((m) => m.role === 'chair')!;
    expect(errorCodes(await gql(portal.url, REMOVE, { m: chairRow.id }, ydre))).toEqual(['FORBIDDEN']);
    // The last chair can neither step down nor leave.
    expect(errorCodes(await gql(portal.url, ROLE, { m: chairRow.id, r: 'member' }, chair))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(portal.url, LEAVE, { n: hr.id }, chair))).toEqual(['CONFLICT']);
    // The chair makes Ydre secretary: they may plan, not manage.
    expect(ok(await gql<{ changeNetworkMemberRole: Member }>(portal.url, ROLE, { m: member.id, r: 'secretary' }, chair)).changeNetworkMemberRole.role).toBe(
      'secretary',
    );
    expect(await network(hr.id, 'projektledare.ydre')).toMatchObject({ myRole: 'secretary', canPlan: true, canManage: false });
    expect(errorCodes(await gql(portal.url, ROLE, { m: member.id, r: 'boss' }, chair))).toEqual(['BAD_USER_INPUT']);
    // Members leave by themselves.
    expect(ok(await gql<{ leaveNetwork: NetworkNode }>(portal.url, LEAVE, { n: hr.id }, ydre)).leaveNetwork.myStatus).toBeNull();
    expect(errorCodes(await gql(portal.url, LEAVE, { n: hr.id }, ydre))).toEqual(['NOT_FOUND']);
  });

  it('lets anyone signed in ask to join an open network, and a chair approve or reject', async () => {
    const chair = await as('ordforande.hr');
    const open = ok(
      await gql<{ createNetwork: NetworkNode }>(
        portal.url,
        CREATE,
        { i: { ...NETWORK_INPUT, name: 'Handledarnätverket', kind: 'supervisors', admission: 'open' } },
        chair,
      ),
    ).createNetwork;
    expect(errorCodes(await gql(portal.url, REQUEST, { n: hr.id }, await as('projektledare.linkoping')))).toEqual(['FORBIDDEN']);
    const asked = ok(
      await gql<{ requestToJoinNetwork: NetworkNode }>(portal.url, REQUEST, { n: open.id }, await as('projektledare.linkoping')),
    ).requestToJoinNetwork;
    expect(asked.myStatus).toBe('requested');
    expect(errorCodes(await gql(portal.url, REQUEST, { n: open.id }, await as('projektledare.linkoping')))).toEqual(['CONFLICT']);
    const request = (await network(open.id, 'ordforande.hr')).pendingMembers.find((m) => m.status === 'requested')!;
    expect(request.organization?.slug).toBe('linkoping');
    // The asker cannot approve themself.
    expect(errorCodes(await gql(portal.url, DECIDE, { m: request.id, a: true }, await as('projektledare.linkoping')))).toEqual(['FORBIDDEN']);
    const approved = ok(await gql<{ decideNetworkRequest: NetworkNode }>(portal.url, DECIDE, { m: request.id, a: true }, chair)).decideNetworkRequest;
    expect(approved.members.map((m) => m.organization?.slug)).toEqual(['motala', 'linkoping']);
    ok(await gql(portal.url, REQUEST, { n: open.id }, await as('projektledare.ydre')));
    const second = (await network(open.id, 'ordforande.hr')).pendingMembers.find((m) => m.status === 'requested')!;
    expect(
      ok(await gql<{ decideNetworkRequest: NetworkNode }>(portal.url, DECIDE, { m: second.id, a: false }, chair)).decideNetworkRequest.pendingMembers,
    ).toEqual([]);
    expect((await network(open.id, 'projektledare.ydre')).myStatus).toBeNull();
  });

  it('shares only own records with networks the sharer is in', async () => {
    const linkoping = await as('projektledare.linkoping');
    const own = ok(
      await gql<{ createInitiative: { id: string } }>(
        portal.url,
        CREATE_INITIATIVE,
        { i: { title: 'Linköpings egen', kind: 'pilot', status: 'idea', visibility: 'NETWORK' } },
        linkoping,
      ),
    ).createInitiative;
    // Linköping is in no network the chair made for HR.
    const notMember = await gql(portal.url, SHARE, { i: { networkId: hr.id, recordKind: 'initiative', recordId: own.id } }, linkoping);
    expect(errorCodes(notMember)).toEqual(['BAD_USER_INPUT']);
    // Someone else's record: NOT_FOUND when it cannot be read at all.
    expect(
      errorCodes(await gql(portal.url, SHARE, { i: { networkId: hr.id, recordKind: 'initiative', recordId: own.id } }, await as('ordforande.hr'))),
    ).toEqual(['NOT_FOUND']);
    // A kind that cannot be shared is refused as input; an id of another kind is not found as that kind.
    expect(errorCodes(await gql(portal.url, SHARE, { i: { networkId: hr.id, recordKind: 'meeting', recordId: own.id } }, linkoping))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('answers the network page with a fixed number of statements, however many members', async () => {
    const chair = await as('ordforande.hr');
    const statementsFor = async (id: string) => {
      const before = statementCount();
      ok(await gql(portal.url, GET, { id }, chair));
      ok(await gql(portal.url, LIST, {}, chair));
      return statementCount() - before;
    };
    const small = ok(await gql<{ createNetwork: NetworkNode }>(portal.url, CREATE, { i: { ...NETWORK_INPUT, name: 'Litet nätverk' } }, chair)).createNetwork;
    const baseline = await statementsFor(small.id);
    for (const email of ['a@example.se', 'b@example.se', 'c@example.se', 'd@example.se']) {
      ok(await gql(portal.url, INVITE, { i: { networkId: small.id, email, role: 'member' } }, chair));
    }
    expect(await statementsFor(small.id)).toBe(baseline);
  });
});
