import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import pg from 'pg';
import { extendMeetingSeries } from '@portal/api/dist/meetings/meeting-series-horizon.js';
import { seedDemoNetworks } from '@portal/api/dist/networks/demo/demo-networks.seed.js';
import { DEMO_NETWORKS } from '@portal/api/dist/networks/demo/demo-networks.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';

type Headers = Record<string, string>;

describe('demo networks loaded on first start', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  };

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'demo-networks', demoData: true, identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('gives ordforande.hr the HR chiefs’ network to chair, in a tree with its cluster and local group', async () => {
    const networks = ok(
      await gql<{ networks: Array<{ id: string; name: string; myRole: string | null; parent: { name: string } | null }> }>(
        portal.url,
        '{ networks { id name myRole parent { name } } }',
        {},
        await as('ordforande.hr'),
      ),
    ).networks;
    expect(networks.map((n) => n.name).sort()).toEqual(DEMO_NETWORKS.networks.map((n) => n.name).sort());
    const byName = new Map(networks.map((n) => [n.name, n]));
    expect(byName.get('HR-chefsnätverket')?.myRole).toBe('chair');
    expect(byName.get('HR-kluster västra länet')?.parent?.name).toBe('HR-chefsnätverket');
    expect(byName.get('Lokal arbetsgrupp för Connect-frågor i Motala')?.parent?.name).toBe('HR-kluster västra länet');
  });

  it('has a monthly series with one held meeting (agenda, minutes, two decisions, action items) and upcoming ones', async () => {
    const hr = ok(
      await gql<{ networks: Array<{ id: string; name: string }> }>(portal.url, '{ networks { id name } }', {}, await as('admin.linkoping')),
    ).networks.find((n) => n.name === 'HR-chefsnätverket')!;
    const network = ok(
      await gql<{
        network: {
          members: Array<{ role: string; organization: { slug: string } }>;
          upcomingMeetings: Array<{ startTime: string; status: string }>;
          pastMeetings: Array<{ id: string; status: string }>;
          meetingSeries: Array<{ description: string }>;
          decisions: Array<{ label: string }>;
          openActionItems: Array<{ title: string }>;
          shared: Array<{ title: string }>;
        };
      }>(
        portal.url,
        `query($id: ID!) { network(id: $id) { members { role organization { slug } } upcomingMeetings { startTime status } pastMeetings { id status }
           meetingSeries { description } decisions { label } openActionItems { title } shared { title } } }`,
        { id: hr.id },
        await as('admin.linkoping'),
      ),
    ).network;
    expect(network.members.map((m) => m.organization.slug).sort()).toEqual(['linkoping', 'mjolby', 'motala', 'ydre']);
    expect(network.meetingSeries.map((s) => s.description)).toEqual(['Andra tisdagen varje månad']);
    expect(network.pastMeetings).toEqual([expect.objectContaining({ status: 'held' })]);
    expect(network.upcomingMeetings.length).toBeGreaterThanOrEqual(11);
    expect(network.upcomingMeetings.every((m) => m.startTime === '13:00' && m.status === 'planned')).toBe(true);
    expect(network.decisions).toHaveLength(2);
    expect(network.openActionItems).toHaveLength(2);
    expect(network.shared.map((s) => s.title)).toEqual(['Gemensamma regionala träffar för HR- och arbetsmarknadschefer']);
    const held = ok(
      await gql<{ meeting: { agenda: Array<{ links: Array<{ title: string }> }>; minutes: { status: string }; attendance: unknown[] } }>(
        portal.url,
        'query($id: ID!) { meeting(id: $id) { agenda { links { title } } minutes { status } attendance { name } } }',
        { id: network.pastMeetings[0]!.id },
        await as('projektledare.ydre'),
      ),
    ).meeting;
    expect(held.agenda).toHaveLength(4);
    expect(held.agenda.flatMap((a) => a.links.map((l) => l.title))).toContain('Gemensamma regionala träffar för HR- och arbetsmarknadschefer');
    expect(held.minutes.status).toBe('published');
    expect(held.attendance).toHaveLength(4);
  });

  it('shares a network-only demo initiative that the network’s members read and nobody else outside Motala', async () => {
    const find = async (user: string) =>
      gql<{ initiatives: { edges: Array<{ node: { title: string } }> } }>(
        portal.url,
        'query($s: String) { initiatives(search: $s, first: 5) { edges { node { title } } } }',
        { s: 'Gemensamma regionala träffar' },
        await as(user),
      );
    const titles = async (user: string) => ok(await find(user)).initiatives.edges.map((e) => e.node.title);
    expect(await titles('admin.linkoping')).toContain('Gemensamma regionala träffar för HR- och arbetsmarknadschefer');
    expect(await titles('projektledare.norrkoping')).not.toContain('Gemensamma regionala träffar för HR- och arbetsmarknadschefer');
    expect(errorCodes(await find('samordnare.region'))).toEqual([]);
    expect(await titles('samordnare.region')).not.toContain('Gemensamma regionala träffar för HR- och arbetsmarknadschefer');
  });

  it('adds nothing when seeded again (as on a restart)', async () => {
    expect(await seedDemoNetworks(portal.database.ownerUrl)).toEqual({ added: 0 });
  });

  it('moves the demo series on to the two-year horizon with meetings marked as demo data', async () => {
    // The seed plans a year ahead; the daily task brings the series to two.
    const worker = new pg.Client({ connectionString: portal.database.ownerUrl });
    const superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
    await worker.connect();
    await superuser.connect();
    try {
      expect(await extendMeetingSeries(worker)).toBeGreaterThan(0);
      const rows = (
        await superuser.query(`SELECT count(*) FILTER (WHERE NOT m.is_demo)::int AS plain, max(m.starts_at) > now() + interval '23 months' AS far FROM meeting m
                                WHERE m.series_id IS NOT NULL`)
      ).rows[0] as { plain: number; far: boolean };
      expect(rows).toEqual({ plain: 0, far: true });
    } finally {
      await worker.end();
      await superuser.end();
    }
  });
});
