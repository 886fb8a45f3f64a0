import { randomUUID } from 'node:crypto';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { statementCount } from '@portal/api/dist/database/statement-counter.js';
import { CHANGE_VALUE, CHANGES, worded } from '../support/history.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';

const FIELDS = `id title summary version visibility kind status startDate endDate canEdit archived isDemo totalFundingSek themes targetGroups occupations
  organization { slug name } partners { role name organization { slug } } fundingLines { funderType funderName registryNumber amountSek status }
  participants { period women { value display } men { value display } total { display } }`;
const CREATE = `mutation($i: InitiativeInput!) { createInitiative(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { initiative(id: $id) { ${FIELDS} } }`;
const LIST = `query($s: String, $f: InitiativeFilter, $o: InitiativeOrder, $n: Int!, $a: String) {
  initiatives(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } }
    facets { status { value count } kind { value count } theme { value count } funderType { value count } organization { value count } startYear { value count } }
  } }`;
const RELATE = `mutation($i: InitiativeRelationInput!) { addInitiativeRelation(input: $i) { id kind direction other { id title } } }`;

interface Node {
  id: string;
  title: string;
  version: number;
  [key: string]: unknown;
}
type Headers = Record<string, string>;

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Testinsats',
    summary: 'En kort sammanfattning.',
    kind: 'pre-study',
    status: 'ongoing',
    startDate: '2021-02-01',
    endDate: '2021-10-31',
    visibility: 'REGION',
    themes: ['competence-supply'],
    targetGroups: ['permanent-staff'],
    ...overrides,
  };
}

describe('the initiative register', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const create = async (headers: Headers, overrides: Record<string, unknown> = {}): Promise<Node> => {
    const response = await gql<{ createInitiative: Node }>(portal.url, CREATE, { i: input(overrides) }, headers);
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.createInitiative;
  };
  const list = (variables: Record<string, unknown>, headers: Headers = {}) =>
    gql<{
      initiatives: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: Node }>;
        facets: Record<string, Array<{ value: string; count: number }>>;
      };
    }>(portal.url, LIST, { n: 50, ...variables }, headers);

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'initiatives', identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('creates an initiative in the active organisation with every field, and records it in the history', async () => {
    const linkoping = await as('projektledare.linkoping');
    const created = await create(linkoping, {
      title: '  Connect 1 – samverkan på riktigt ',
      visibility: 'PUBLIC',
      status: 'completed',
      contactPerson: { name: 'Anna Andersson', email: 'anna@linkoping.se' },
      partners: [
        { role: 'partner', organization: 'norrkoping' },
        { role: 'other', name: 'Arbetsförmedlingen' },
      ],
      fundingLines: [
        { funderType: 'esf-plus', funderName: 'ESF-rådet', registryNumber: '2020/00694', programmeArea: 'PO1', amountSek: 400000, status: 'granted' },
      ],
      occupations: ['undersköterska', 'Undersköterska', 'barnskötare'],
      participants: [{ period: '2021', women: 3, men: 12, otherOrUnknown: 0, toWork: 4, toStudies: 1, otherOutcome: 0 }],
    });
    expect(created).toMatchObject({
      title: 'Connect 1 – samverkan på riktigt',
      version: 1,
      canEdit: true,
      organization: { slug: 'linkoping' },
      totalFundingSek: 400000,
      occupations: ['undersköterska', 'barnskötare'],
      partners: [
        { role: 'partner', name: 'Norrköpings kommun', organization: { slug: 'norrkoping' } },
        { role: 'other', name: 'Arbetsförmedlingen', organization: null },
      ],
    });
    // The owner sees exact counts; anyone else sees small counts as "<5".
    expect((created['participants'] as Array<{ women: { value: number } }>)[0]!.women.value).toBe(3);
    const anonymous = await gql<{ initiative: { participants: Array<{ women: { value: number | null; display: string }; men: { display: string } }> } }>(
      portal.url,
      GET,
      { id: created.id },
    );
    // The total is hidden too, or 15 − 12 would give the hidden 3 away.
    expect(anonymous.body.data?.initiative.participants[0]).toMatchObject({
      women: { value: null, display: '<5' },
      men: { display: '12' },
      total: { display: 'dolt' },
    });

    const history = worded(
      await gql<{ initiativeHistory: Array<{ action: string; actorName: string; version: number; changes: Array<{ field: string; after: string | null }> }> }>(
        portal.url,
        `query($id: ID!) { initiativeHistory(id: $id) { action actorName version ${CHANGES} } }`,
        { id: created.id },
        linkoping,
      ),
    );
    expect(history.body.errors, JSON.stringify(history.body.errors)).toBeUndefined();
    expect(history.body.data?.initiativeHistory).toHaveLength(1);
    expect(history.body.data?.initiativeHistory[0]).toMatchObject({ action: 'created', version: 1 });
    expect(history.body.data?.initiativeHistory[0]!.changes).toContainEqual({
      field: 'fundingLines',
      before: null,
      after: 'ESF+, ESF-rådet, dnr 2020/00694, 400\u00a0000 kr, beviljad',
    });
    expect(history.body.data?.initiativeHistory[0]!.changes).toContainEqual({
      field: 'participants',
      before: null,
      after: '2021: 3 kvinnor, 12 män, 0 annat/okänt',
    });
    // Another organisation's reader gets the history masked exactly as the field: no small counts.
    const outsider = worded(
      await gql<{ initiativeHistory: Array<{ changes: Array<{ field: string; after: string | null }> }> }>(
        portal.url,
        `query($id: ID!) { initiativeHistory(id: $id) { changes { field after ${CHANGE_VALUE} } } }`,
        { id: created.id },
        await as('projektledare.norrkoping'),
      ),
    );
    const participantsAfter = outsider.body.data?.initiativeHistory[0]!.changes.find((c) => c.field === 'participants')?.after;
    // Zero is not a small count to hide (the field shows it too).
    expect(participantsAfter).toBe('2021: <5 kvinnor, 12 män, 0 annat/okänt');
    expect(JSON.stringify(outsider.body)).not.toContain('3 kvinnor');
    // History needs a signed-in user.
    expect(errorCodes(await gql(portal.url, `query($id: ID!) { initiativeHistory(id: $id) { action } }`, { id: created.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses NUL bytes and lone surrogates in any text with BAD_USER_INPUT naming the field, and strips them from a search', async () => {
    const linkoping = await as('projektledare.linkoping');
    const before = (await list({}, linkoping)).body.data!.initiatives.totalCount;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'Connect\u0000 3' }, 'title'],
      [{ occupations: ['undersköterska', 'barn\u0000skötare'] }, 'occupations.1'],
      [{ methods: ['\ud800'] }, 'methods.0'],
      [{ contactPerson: { name: 'A', email: 'anna\u0000@linkoping.se' } }, 'contactPerson.email'],
      [{ description: 'Markdown **fet** \udc00 text' }, 'description'],
    ];
    for (const [overrides, field] of cases) {
      const response = await gql(portal.url, CREATE, { i: input(overrides) }, linkoping);
      expect(errorCodes(response), field).toEqual(['BAD_USER_INPUT']);
      const fieldErrors = response.body.errors![0]!.extensions!['fieldErrors'] as Record<string, string>;
      expect(Object.keys(fieldErrors), field).toEqual([field]);
      expect(fieldErrors[field]).toMatch(/NUL-tecken eller trasig Unicode/);
    }
    // A proper surrogate pair (an emoji) is ordinary text.
    expect(errorCodes(await gql(portal.url, CREATE, { i: input({ title: 'Connect 3 \ud83d\ude80' }) }, linkoping))).toEqual([]);
    expect((await list({}, linkoping)).body.data!.initiatives.totalCount).toBe(before + 1);
    // Search is harmless to clean: the NUL is removed and the search runs.
    const search = await gql<{ initiatives: { totalCount: number } }>(
      portal.url,
      `query($s: String) { initiatives(search: $s) { totalCount } }`,
      { s: 'Conn\u0000ect' },
      linkoping,
    );
    expect(errorCodes(search)).toEqual([]);
    expect(search.body.data?.initiatives.totalCount).toBeGreaterThan(0);
  });

  it('answers each invalid field with a Swedish message and writes nothing', async () => {
    const linkoping = await as('projektledare.linkoping');
    const before = (await list({}, linkoping)).body.data!.initiatives.totalCount;
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ title: '   ' }, 'title', /Titeln måste fyllas i/],
      [{ startDate: '2021-05-01', endDate: '2021-01-01' }, 'endDate', /Slutdatum kan inte vara före startdatum/],
      [{ startDate: '2021-02-30' }, 'startDate', /ÅÅÅÅ-MM-DD/],
      [{ fundingLines: [{ funderType: 'esf-plus', amountSek: -5, status: 'granted' }] }, 'fundingLines.0.amountSek', /negativt/],
      [{ fundingLines: [{ funderType: 'lotteri', status: 'granted' }] }, 'fundingLines.0.funderType', /finansiär/],
      [{ themes: ['rymdfart'] }, 'themes', /Okänt värde för tema/],
      [{ kind: 'whatever' }, 'kind', /typ av insats/],
      [{ contactPerson: { name: 'A', email: 'inte-en-adress' } }, 'contactPerson.email', /e-postadress/],
      [{ partners: [{ role: 'partner', organization: 'atlantis' }] }, 'partners.0.organization', /finns inte/],
      [{ partners: [{ role: 'partner' }] }, 'partners.0.name', /Partens namn måste fyllas i/],
      [{ participants: [{ period: '2021', women: 1, men: 1, toWork: 5 }] }, 'participants.0.toWork', /fler än deltagarna/],
      [{ participants: [{ period: '2021', women: -1 }] }, 'participants.0.women', /heltal/],
      [{ status: 'completed', endDate: null }, 'endDate', /avslutad/],
    ];
    for (const [overrides, field, message] of cases) {
      const response = await gql(portal.url, CREATE, { i: input(overrides) }, linkoping);
      expect(errorCodes(response), field).toEqual(['BAD_USER_INPUT']);
      const fieldErrors = response.body.errors![0]!.extensions!['fieldErrors'] as Record<string, string>;
      expect(fieldErrors[field], `${field}: ${JSON.stringify(fieldErrors)}`).toMatch(message);
    }
    // Several errors at once are all reported.
    const many = await gql(portal.url, CREATE, { i: input({ title: '', kind: 'x', themes: ['y'] }) }, linkoping);
    expect(Object.keys(many.body.errors![0]!.extensions!['fieldErrors'] as object).sort()).toEqual(['kind', 'themes', 'title']);
    expect(many.body.errors![0]!.message).toBe('Rätta 3 fält som är markerade.');
    expect((await list({}, linkoping)).body.data!.initiatives.totalCount).toBe(before);
  });

  it('updates with the version it read, and refuses a stale version with CONFLICT showing what changed, overwriting nothing', async () => {
    const linkoping = await as('projektledare.linkoping');
    const created = await create(linkoping, { title: 'Versionstest' });
    const first = await gql<{ updateInitiative: Node }>(portal.url, UPDATE, { id: created.id, v: 1, i: input({ title: 'Versionstest, ny titel' }) }, linkoping);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.updateInitiative).toMatchObject({ version: 2, title: 'Versionstest, ny titel' });

    const stale = worded(await gql(portal.url, UPDATE, { id: created.id, v: 1, i: input({ title: 'Skulle skriva över' }) }, linkoping));
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0]!.message).toMatch(/har ändrat initiativet sedan du öppnade det \(titel\)/);
    const details = stale.body.errors![0]!.extensions!['conflict'] as {
      currentVersion: number;
      changes: Array<{ field: string; before: string; after: string }>;
    };
    expect(details.currentVersion).toBe(2);
    expect(details.changes).toContainEqual(expect.objectContaining({ field: 'title', before: 'Versionstest', after: 'Versionstest, ny titel' }));
    const now = await gql<{ initiative: Node }>(portal.url, GET, { id: created.id }, linkoping);
    expect(now.body.data?.initiative).toMatchObject({ title: 'Versionstest, ny titel', version: 2 });

    // Saving the same values again changes nothing and keeps the version.
    const same = await gql<{ updateInitiative: Node }>(portal.url, UPDATE, { id: created.id, v: 2, i: input({ title: 'Versionstest, ny titel' }) }, linkoping);
    expect(same.body.data?.updateInitiative.version).toBe(2);
    const history = worded(
      await gql<{ initiativeHistory: Array<{ action: string; changes: Array<{ field: string; before: string; after: string }> }> }>(
        portal.url,
        `query($id: ID!) { initiativeHistory(id: $id) { action ${CHANGES} } }`,
        { id: created.id },
        linkoping,
      ),
    );
    expect(history.body.data?.initiativeHistory.map((h) => h.action)).toEqual(['updated', 'created']);
    expect(history.body.data?.initiativeHistory[0]!.changes).toEqual([{ field: 'title', before: 'Versionstest', after: 'Versionstest, ny titel' }]);
  });

  it('shows each visibility to the right readers, and another organisation gets the same NOT_FOUND for private, missing and malformed ids', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const region = await as('samordnare.region');
    const privateOne = await create(linkoping, { title: 'Hemlig plan för Linköping', visibility: 'PRIVATE' });
    const regionOne = await create(linkoping, { title: 'Regional plan för Linköping', visibility: 'REGION' });
    const publicOne = await create(linkoping, { title: 'Öppen plan för Linköping', visibility: 'PUBLIC' });

    const read = async (id: string, headers: Headers) => {
      const response = await gql<{ initiative: Node }>(portal.url, GET, { id }, headers);
      return response.body.data?.initiative?.title ?? errorCodes(response).join(',');
    };
    expect(await read(privateOne.id, linkoping)).toBe('Hemlig plan för Linköping');
    for (const headers of [norrkoping, region, {}]) expect(await read(privateOne.id, headers)).toBe('NOT_FOUND');
    expect(await read(regionOne.id, norrkoping)).toBe('Regional plan för Linköping');
    expect(await read(regionOne.id, region)).toBe('Regional plan för Linköping');
    expect(await read(regionOne.id, {})).toBe('NOT_FOUND');
    expect(await read(publicOne.id, {})).toBe('Öppen plan för Linköping');

    const messages = async (id: string) => (await gql(portal.url, GET, { id }, norrkoping)).body.errors?.map((e) => [e.message, e.extensions?.code]);
    const forbidden = await messages(privateOne.id);
    expect(await messages(randomUUID())).toEqual(forbidden);
    expect(await messages('inte-ett-id')).toEqual(forbidden);

    const titles = async (headers: Headers) => (await list({ s: 'plan Linköping' }, headers)).body.data!.initiatives.edges.map((e) => e.node.title).sort();
    expect(await titles(linkoping)).toEqual(['Hemlig plan för Linköping', 'Regional plan för Linköping', 'Öppen plan för Linköping']);
    expect(await titles(norrkoping)).toEqual(['Regional plan för Linköping', 'Öppen plan för Linköping']);
    expect(await titles({})).toEqual(['Öppen plan för Linköping']);
    const forNorrkoping = await gql<{ initiative: Node }>(portal.url, GET, { id: regionOne.id }, norrkoping);
    expect(forNorrkoping.body.data?.initiative.canEdit).toBe(false);
  });

  it('shows a signed-in user of no portal organisation only public initiatives: in the register, in a search and by id', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const regionOne = await create(linkoping, { title: 'Utanförprov för regionen', visibility: 'REGION' });
    const publicOne = await create(linkoping, { title: 'Utanförprov för alla', visibility: 'PUBLIC' });
    const privateOne = await create(linkoping, { title: 'Utanförprov för Linköping', visibility: 'PRIVATE' });

    // No demo user is outside every organisation, and users created through the Admin API have no
    // password: take ordforande.hr out of Motala in this test's own stand-in instead.
    const kc = new KcAdminClient({ baseUrl: portal.issuer!.replace(/\/realms\/portal$/, ''), realmName: 'portal' });
    await kc.auth({ grantType: 'client_credentials', clientId: 'portal-backend', clientSecret: 'change-me-in-production' });
    const userId = (await kc.users.find({ username: 'ordforande.hr', exact: true }))[0]!.id!;
    const motala = (await kc.organizations.find({ search: 'motala', exact: true }))[0]!;
    await kc.organizations.delMember({ orgId: motala.id!, userId });
    const noOrganisation = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: 'ordforande.hr' })).access_token}` };
    // Then into an organisation that Keycloak has and the portal does not: still no portal member.
    const { id: elsewhere } = await kc.organizations.create({
      name: 'Grannlänets förbund',
      alias: 'grannlan',
      enabled: true,
      domains: [{ name: 'grannlan.se' }],
    });
    await kc.organizations.addMember({ orgId: elsewhere, userId });
    const foreignOrganisation = { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: 'ordforande.hr' })).access_token}` };

    const REGISTER = `{ initiatives(first: 100) { totalCount edges { node { id visibility } }
      facets { status { value count } kind { value count } organization { value count } startYear { value count } } } }`;
    type Register = { initiatives: { totalCount: number; edges: Array<{ node: { id: string; visibility: string } }>; facets: unknown } };
    const register = async (headers: Headers) => (await gql<Register>(portal.url, REGISTER, undefined, headers)).body.data!.initiatives;
    const found = async (headers: Headers) => (await list({ s: 'Utanförprov' }, headers)).body.data!.initiatives.edges.map((e) => e.node.title).sort();
    const read = async (id: string, headers: Headers) => {
      const response = await gql<{ initiative: Node }>(portal.url, GET, { id }, headers);
      return response.body.data?.initiative?.title ?? response.body.errors?.map((e) => [e.message, e.extensions?.code]);
    };
    const organizationClaim = (headers: Headers) =>
      JSON.parse(Buffer.from(headers['authorization']!.split('.')[1]!, 'base64url').toString('utf8'))['organization'];
    expect(organizationClaim(noOrganisation)).toBeUndefined();
    expect(organizationClaim(foreignOrganisation)).toEqual(['grannlan']);
    const anonymous = await register({});
    // A member of any portal organisation sees the region initiative, so the comparison below means something.
    expect((await register(norrkoping)).edges.map((e) => e.node.id)).toContain(regionOne.id);
    expect(await found(norrkoping)).toEqual(['Utanförprov för alla', 'Utanförprov för regionen']);
    const missing = await read(randomUUID(), noOrganisation);
    expect(missing).toEqual([[expect.any(String), 'NOT_FOUND']]);

    for (const [who, headers] of [
      ['in no organisation', noOrganisation],
      ['in an organisation the portal does not have', foreignOrganisation],
    ] as const) {
      const me = await gql<{ me: { username: string; activeOrganization: { slug: string } | null } }>(
        portal.url,
        '{ me { username activeOrganization { slug } } }',
        undefined,
        headers,
      );
      expect(me.body.data?.me, who).toEqual({ username: 'ordforande.hr', activeOrganization: null });
      const seen = await register(headers);
      expect(
        seen.edges.every((e) => e.node.visibility === 'PUBLIC'),
        who,
      ).toBe(true);
      expect(seen, who).toEqual(anonymous);
      expect(await found(headers), who).toEqual(['Utanförprov för alla']);
      expect(await read(publicOne.id, headers), who).toBe('Utanförprov för alla');
      // The same answer as for an id that does not exist.
      expect(await read(regionOne.id, headers), who).toEqual(missing);
      expect(await read(privateOne.id, headers), who).toEqual(missing);
    }
  });

  it('lets no other organisation change, archive or link from an initiative, and anonymous users change nothing', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const target = await create(linkoping, { title: 'Bara Linköping ändrar', visibility: 'PUBLIC' });
    const missing = randomUUID();
    for (const id of [target.id, missing]) {
      expect(errorCodes(await gql(portal.url, UPDATE, { id, v: 1, i: input({ title: 'Kapad' }) }, norrkoping))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await gql(portal.url, `mutation($id: ID!) { archiveInitiative(id: $id) { id } }`, { id }, norrkoping))).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(await gql(portal.url, RELATE, { i: { fromId: id, toId: target.id === id ? missing : target.id, kind: 'builds-on' } }, norrkoping)),
      ).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await gql(portal.url, CREATE, { i: input() }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(portal.url, UPDATE, { id: target.id, v: 1, i: input() }))).toEqual(['UNAUTHENTICATED']);
    // A member of two organisations must choose one before writing.
    expect(errorCodes(await gql(portal.url, CREATE, { i: input() }, await as('flera.org')))).toEqual(['FORBIDDEN']);
    const after = await gql<{ initiative: Node }>(portal.url, GET, { id: target.id });
    expect(after.body.data?.initiative).toMatchObject({ title: 'Bara Linköping ändrar', version: 1, archived: false });
  });

  it('links initiatives into a pearl string shown from both ends, and refuses self-links, cycles and invisible targets', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const first = await create(linkoping, { title: 'Pärla 1', startDate: '2018-06-01', endDate: '2018-12-31', visibility: 'PUBLIC' });
    const second = await create(linkoping, { title: 'Pärla 2', startDate: '2021-02-01', visibility: 'PUBLIC' });
    const third = await create(norrkoping, { title: 'Pärla 3', startDate: '2022-01-01', endDate: null, visibility: 'PUBLIC' });
    const hidden = await create(norrkoping, { title: 'Norrköpings hemliga', visibility: 'PRIVATE' });

    const link = (headers: Headers, fromId: string, toId: string, kind = 'builds-on', note = '') =>
      gql(portal.url, RELATE, { i: { fromId, toId, kind, note } }, headers);
    expect((await link(linkoping, second.id, first.id, 'builds-on', 'Arbetsmodellen')).body.errors).toBeUndefined();
    expect((await link(norrkoping, third.id, second.id, 'successor-of')).body.errors).toBeUndefined();
    // Linking does not move the version: a form opened before it still saves.
    const edited = await gql<{ updateInitiative: Node }>(
      portal.url,
      UPDATE,
      {
        id: second.id,
        v: 1,
        i: input({ title: 'Pärla 2', startDate: '2021-02-01', endDate: null, visibility: 'PUBLIC', summary: 'Ändrad efter länkningen.' }),
      },
      linkoping,
    );
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data?.updateInitiative.version).toBe(2);

    const self = await link(linkoping, first.id, first.id);
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(self.body.errors)).toMatch(/sig själv/);
    const cycle = await link(linkoping, first.id, third.id, 'successor-of');
    expect(errorCodes(cycle)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(cycle.body.errors)).toMatch(/cirkel/);
    const twice = await link(linkoping, second.id, first.id);
    expect(JSON.stringify(twice.body.errors)).toMatch(/finns redan/);
    // Another organisation's private initiative cannot be linked to, nor told apart from a missing one.
    const invisible = await link(linkoping, second.id, hidden.id);
    const missing = await link(linkoping, second.id, randomUUID());
    expect(errorCodes(invisible)).toEqual(['BAD_USER_INPUT']);
    expect(invisible.body.errors).toEqual(missing.body.errors);

    const PEARLS = `query($id: ID!) { initiative(id: $id) { relations { kind direction note other { title } } pearlString { predecessors { title } successors { title } } } }`;
    const middle = await gql<{
      initiative: {
        relations: Array<{ kind: string; direction: string; note: string; other: { title: string } }>;
        pearlString: { predecessors: Node[]; successors: Node[] };
      };
    }>(portal.url, PEARLS, { id: second.id });
    expect(middle.body.data?.initiative.relations).toEqual([
      { kind: 'builds-on', direction: 'OUTGOING', note: 'Arbetsmodellen', other: { title: 'Pärla 1' } },
      { kind: 'successor-of', direction: 'INCOMING', note: '', other: { title: 'Pärla 3' } },
    ]);
    // In a list the loader batches the page: a relation between two listed initiatives shows at both.
    const listed = await gql<{ initiatives: { edges: Array<{ node: { title: string; relations: Array<{ direction: string; other: { title: string } }> } }> } }>(
      portal.url,
      `{ initiatives(search: "Pärla", first: 10, orderBy: TITLE) { edges { node { title relations { direction other { title } } } } } }`,
    );
    expect(listed.body.data?.initiatives.edges.map((e) => [e.node.title, e.node.relations.map((r) => `${r.direction} ${r.other.title}`)])).toEqual([
      ['Pärla 1', ['INCOMING Pärla 2']],
      ['Pärla 2', ['OUTGOING Pärla 1', 'INCOMING Pärla 3']],
      ['Pärla 3', ['OUTGOING Pärla 2']],
    ]);
    const HISTORY = `query($id: ID!) { initiativeHistory(id: $id) { action ${CHANGES} } }`;
    const linked = worded(await gql<{ initiativeHistory: Array<{ action: string; changes: unknown[] }> }>(portal.url, HISTORY, { id: second.id }, linkoping));
    // The history speaks Swedish: the relation by its label and the other end by its title.
    expect(linked.body.data?.initiativeHistory.find((h) => h.action === 'relation-added')?.changes).toEqual([
      { field: 'relations', before: null, after: 'Bygger på: Pärla 1' },
    ]);
    const start = await gql<{ initiative: { pearlString: { predecessors: Node[]; successors: Node[] } } }>(portal.url, PEARLS, { id: first.id });
    expect(start.body.data?.initiative.pearlString).toEqual({ predecessors: [], successors: [{ title: 'Pärla 2' }, { title: 'Pärla 3' }] });
  });

  it('names the other end of a relation in the history only to readers who may read it now (issue 8 item 3)', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const ydre = await as('projektledare.ydre');
    const HIDDEN = 'ett initiativ du inte har behörighet att se';
    const HISTORY = `query($id: ID!) { initiativeHistory(id: $id) { action ${CHANGES} } }`;
    const relationEntries = async (id: string, headers: Headers) => {
      const response = worded(
        await gql<{ initiativeHistory: Array<{ action: string; changes: Array<{ field: string; before: string | null; after: string | null }> }> }>(
          portal.url,
          HISTORY,
          { id },
          headers,
        ),
      );
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return {
        body: JSON.stringify(response.body),
        entries: response.body.data!.initiativeHistory.filter((h) => h.action.startsWith('relation-')).map((h) => h.changes),
      };
    };
    const bridge = await create(linkoping, { title: 'Linköpings brobygge', visibility: 'REGION' });
    const base = await create(norrkoping, { title: 'Norrköpings grundsten', visibility: 'REGION' });
    const own = await create(linkoping, { title: 'Linköpings interna förarbete', visibility: 'PRIVATE' });
    expect((await gql(portal.url, RELATE, { i: { fromId: bridge.id, toId: base.id, kind: 'builds-on' } }, linkoping)).body.errors).toBeUndefined();
    expect((await gql(portal.url, RELATE, { i: { fromId: bridge.id, toId: own.id, kind: 'builds-on' } }, linkoping)).body.errors).toBeUndefined();

    // While Norrköping's initiative is region-visible, every member of the region reads its title.
    const [firstLink, secondLink] = [
      [{ field: 'relations', before: null, after: `Bygger på: ${HIDDEN}` }],
      [{ field: 'relations', before: null, after: 'Bygger på: Norrköpings grundsten' }],
    ];
    const ydreBefore = await relationEntries(bridge.id, ydre);
    expect(ydreBefore.entries).toEqual([firstLink, secondLink]);
    // Linköping's private initiative is never named to another organisation, but to Linköping it is.
    expect(ydreBefore.body).not.toContain('Linköpings interna förarbete');
    expect((await relationEntries(bridge.id, linkoping)).entries).toEqual([
      [{ field: 'relations', before: null, after: 'Bygger på: Linköpings interna förarbete' }],
      secondLink,
    ]);

    // Made private: its title leaves every history its readers can no longer follow it from.
    const privateBase = await gql<{ updateInitiative: Node }>(
      portal.url,
      UPDATE,
      { id: base.id, v: base.version, i: input({ title: 'Norrköpings grundsten', visibility: 'PRIVATE' }) },
      norrkoping,
    );
    expect(privateBase.body.errors).toBeUndefined();
    for (const reader of [ydre, linkoping]) {
      const seen = await relationEntries(bridge.id, reader);
      expect(seen.entries[1]).toEqual([{ field: 'relations', before: null, after: `Bygger på: ${HIDDEN}` }]);
      expect(seen.body).not.toContain('Norrköpings grundsten');
    }
    expect((await relationEntries(bridge.id, norrkoping)).entries).toEqual([firstLink, secondLink]);

    // Region-visible again, then archived: only Norrköping, which still reads its archived initiative, sees the title.
    const regionAgain = await gql<{ updateInitiative: Node }>(
      portal.url,
      UPDATE,
      { id: base.id, v: privateBase.body.data!.updateInitiative.version, i: input({ title: 'Norrköpings grundsten', visibility: 'REGION' }) },
      norrkoping,
    );
    expect(regionAgain.body.errors).toBeUndefined();
    expect((await relationEntries(bridge.id, ydre)).entries[1]).toEqual(secondLink);
    expect((await gql(portal.url, `mutation($id: ID!) { archiveInitiative(id: $id) { archived } }`, { id: base.id }, norrkoping)).body.errors).toBeUndefined();
    const archivedForYdre = await relationEntries(bridge.id, ydre);
    expect(archivedForYdre.entries[1]).toEqual([{ field: 'relations', before: null, after: `Bygger på: ${HIDDEN}` }]);
    expect(archivedForYdre.body).not.toContain('Norrköpings grundsten');
    expect((await relationEntries(bridge.id, norrkoping)).entries[1]).toEqual(secondLink);
  });

  it('lets the owners of both ends remove a relation and shows who added it; a third organisation cannot (issue 8 item 10)', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const ydre = await as('projektledare.ydre');
    const target = await create(norrkoping, { title: 'Norrköpings mål för andras länkar', visibility: 'REGION' });
    const attached = await create(linkoping, { title: 'Linköpings påhängda insats', visibility: 'REGION' });
    const added = await gql<{ addInitiativeRelation: { id: string } }>(
      portal.url,
      RELATE,
      { i: { fromId: attached.id, toId: target.id, kind: 'builds-on', note: 'Fri text från Linköping' } },
      linkoping,
    );
    expect(added.body.errors).toBeUndefined();
    const relationId = added.body.data!.addInitiativeRelation.id;
    const RELATIONS = `query($id: ID!) { initiative(id: $id) { relations { id direction note canRemove addedBy { slug name } other { title } } } }`;
    type Relations = {
      initiative: {
        relations: Array<{
          id: string;
          direction: string;
          note: string;
          canRemove: boolean;
          addedBy: { slug: string; name: string };
          other: { title: string };
        }>;
      };
    };
    const relationsOf = async (id: string, headers: Headers) => {
      const response = await gql<Relations>(portal.url, RELATIONS, { id }, headers);
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return response.body.data!.initiative.relations;
    };
    const incoming = {
      id: relationId,
      direction: 'INCOMING',
      note: 'Fri text från Linköping',
      addedBy: { slug: 'linkoping', name: 'Linköpings kommun' },
      other: { title: 'Linköpings påhängda insats' },
    };
    expect(await relationsOf(target.id, norrkoping)).toEqual([{ ...incoming, canRemove: true }]);
    expect(await relationsOf(target.id, ydre)).toEqual([{ ...incoming, canRemove: false }]);
    expect(await relationsOf(attached.id, linkoping)).toEqual([
      { ...incoming, direction: 'OUTGOING', other: { title: 'Norrköpings mål för andras länkar' }, canRemove: true },
    ]);

    // A third organisation sees the relation but gets the same NOT_FOUND as for a missing one, and it stays.
    const REMOVE = `mutation($id: ID!) { removeInitiativeRelation(id: $id) }`;
    const refused = await gql(portal.url, REMOVE, { id: relationId }, ydre);
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect(refused.body.errors).toEqual((await gql(portal.url, REMOVE, { id: randomUUID() }, ydre)).body.errors);
    expect((await relationsOf(target.id, norrkoping)).map((r) => r.id)).toEqual([relationId]);

    // The target's owner removes it: gone from both ends, and the removal is in the target's history.
    const removed = await gql<{ removeInitiativeRelation: boolean }>(portal.url, REMOVE, { id: relationId }, norrkoping);
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data?.removeInitiativeRelation).toBe(true);
    expect(await relationsOf(target.id, norrkoping)).toEqual([]);
    expect(await relationsOf(attached.id, linkoping)).toEqual([]);
    const history = worded(
      await gql<{ initiativeHistory: Array<{ action: string; actorName: string; changes: unknown[] }> }>(
        portal.url,
        `query($id: ID!) { initiativeHistory(id: $id) { action ${CHANGES} } }`,
        { id: target.id },
        norrkoping,
      ),
    );
    expect(history.body.data?.initiativeHistory[0]).toEqual({
      action: 'relation-removed',
      changes: [{ field: 'relations', before: 'Byggs vidare av: Linköpings påhängda insats', after: null }],
    });
  });

  it('makes follow-ups due after the end, lists the overdue ones for the owner and the Region, and records what lived on', async () => {
    const ydre = await as('projektledare.ydre');
    const region = await as('samordnare.region');
    const ended = await create(ydre, { title: 'Avslutad i Ydre', status: 'completed', startDate: '2023-01-01', endDate: '2025-01-31', visibility: 'REGION' });
    const detail = await gql<{
      initiative: { followUps: Array<{ id: string; milestone: string; dueDate: string; overdue: boolean; status: string | null; canRecord: boolean }> };
    }>(portal.url, `query($id: ID!) { initiative(id: $id) { followUps { id milestone dueDate overdue status canRecord } } }`, { id: ended.id }, ydre);
    const followUps = detail.body.data!.initiative.followUps;
    expect(followUps.map((f) => [f.milestone, f.dueDate])).toEqual([
      ['6-months', '2025-07-31'],
      ['1-year', '2026-01-31'],
      ['2-years', '2027-01-31'],
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(followUps.map((f) => f.overdue)).toEqual(followUps.map((f) => f.dueDate < today));

    const MINE = `{ myFollowUps { id milestone overdue initiative { title } } }`;
    const mine = await gql<{ myFollowUps: Array<{ id: string; milestone: string; initiative: { title: string } }> }>(portal.url, MINE, undefined, ydre);
    expect(mine.body.data?.myFollowUps.filter((f) => f.initiative.title === 'Avslutad i Ydre').map((f) => f.milestone)).toEqual(
      followUps.filter((f) => f.dueDate <= new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)).map((f) => f.milestone),
    );
    const OVERDUE = `{ overdueFollowUps { id initiative { title organization { slug } } } }`;
    const overdue = await gql<{ overdueFollowUps: Array<{ id: string; initiative: { title: string } }> }>(portal.url, OVERDUE, undefined, region);
    expect(overdue.body.data?.overdueFollowUps.map((f) => f.id)).toContain(followUps[0]!.id);
    expect(errorCodes(await gql(portal.url, OVERDUE, undefined, ydre))).toEqual(['FORBIDDEN']);

    const RECORD = `mutation($id: ID!, $i: FollowUpInput!) { recordFollowUp(id: $id, input: $i) { status livesOn ownerNow overdue } }`;
    const recordInput = { status: 'partly-implemented', livesOn: 'Handledarutbildningen', ownerNow: 'Vård och omsorg', evidenceUrl: 'https://ydre.se/rapport' };
    expect(errorCodes(await gql(portal.url, RECORD, { id: followUps[0]!.id, i: recordInput }, await as('projektledare.norrkoping')))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(portal.url, RECORD, { id: followUps[0]!.id, i: { ...recordInput, evidenceUrl: 'javascript:alert(1)' } }, ydre))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const recorded = await gql<{ recordFollowUp: { status: string; overdue: boolean } }>(portal.url, RECORD, { id: followUps[0]!.id, i: recordInput }, ydre);
    expect(recorded.body.data?.recordFollowUp).toMatchObject({ status: 'partly-implemented', livesOn: 'Handledarutbildningen', overdue: false });
    const history = worded(
      await gql<{ initiativeHistory: Array<{ action: string; changes: unknown[] }> }>(
        portal.url,
        `query($id: ID!) { initiativeHistory(id: $id) { action ${CHANGES} } }`,
        { id: ended.id },
        ydre,
      ),
    );
    expect(history.body.data?.initiativeHistory[0]).toEqual({
      action: 'follow-up-recorded',
      changes: [{ field: 'followUps', before: null, after: 'Efter 6 månader: Delvis implementerad' }],
    });
    const afterRecord = await gql<{ overdueFollowUps: Array<{ id: string }> }>(portal.url, OVERDUE, undefined, region);
    expect(afterRecord.body.data?.overdueFollowUps.map((f) => f.id)).not.toContain(followUps[0]!.id);
  });

  it('archives and restores: archived initiatives leave the register and are hidden from other organisations', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const item = await create(linkoping, { title: 'Arkiveringsprov', visibility: 'PUBLIC' });
    const archived = await gql<{ archiveInitiative: Node }>(
      portal.url,
      `mutation($id: ID!) { archiveInitiative(id: $id) { archived version } }`,
      { id: item.id },
      linkoping,
    );
    expect(archived.body.data?.archiveInitiative).toMatchObject({ archived: true, version: 2 });
    expect((await list({ s: 'Arkiveringsprov' }, linkoping)).body.data!.initiatives.totalCount).toBe(0);
    expect((await list({ s: 'Arkiveringsprov', f: { includeArchived: true } }, linkoping)).body.data!.initiatives.totalCount).toBe(1);
    expect((await list({ s: 'Arkiveringsprov', f: { includeArchived: true } }, norrkoping)).body.data!.initiatives.totalCount).toBe(0);
    expect(errorCodes(await gql(portal.url, GET, { id: item.id }, norrkoping))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(portal.url, UPDATE, { id: item.id, v: 2, i: input() }, linkoping))).toEqual(['NOT_FOUND']);
    await gql(portal.url, `mutation($id: ID!) { restoreInitiative(id: $id) { archived } }`, { id: item.id }, linkoping);
    expect((await list({ s: 'Arkiveringsprov' }, norrkoping)).body.data!.initiatives.totalCount).toBe(1);
  });

  it('searches Swedish text with stemming and folded accents, and names and registry numbers by trigram', async () => {
    const norrkoping = await as('projektledare.norrkoping');
    await create(norrkoping, { title: 'Servicebiträden i äldreomsorgen', summary: 'Arbetsdelning som frigör tid för undersköterskor.', visibility: 'PUBLIC' });
    await create(norrkoping, {
      title: 'Kafé och språkcafé för nyanlända',
      visibility: 'PUBLIC',
      fundingLines: [{ funderType: 'esf-plus', registryNumber: '2023/01234', status: 'applied' }],
      partners: [{ role: 'partner', name: 'Samordningsförbundet Östra Östergötland' }],
    });
    const found = async (search: string) => (await list({ s: search })).body.data!.initiatives.edges.map((e) => e.node.title);
    expect(await found('undersköterska')).toContain('Servicebiträden i äldreomsorgen');
    expect(await found('servicebiträde')).toContain('Servicebiträden i äldreomsorgen');
    expect(await found('aldreomsorg')).toContain('Servicebiträden i äldreomsorgen');
    expect(await found('sprakcafe')).toContain('Kafé och språkcafé för nyanlända');
    expect(await found('2023/01234')).toEqual(['Kafé och språkcafé för nyanlända']);
    expect(await found('Samordningsförbundet Östra')).toContain('Kafé och språkcafé för nyanlända');
    expect(await found('Samordningsforbundet ostra')).toContain('Kafé och språkcafé för nyanlända');
    // A misspelling finds nothing as written, so near misses by trigram similarity are tried.
    expect(await found('Servicebiträdem')).toContain('Servicebiträden i äldreomsorgen');
    expect(await found('rymdraket')).toEqual([]);
    // LIKE wildcards in a search are taken literally.
    expect(await found('%')).toEqual([]);
    expect(errorCodes(await list({ s: 'x'.repeat(201) }))).toEqual(['BAD_USER_INPUT']);
  });

  it('counts facets with the other filters applied, and pages with cursors in Swedish order', async () => {
    const ydre = await as('projektledare.ydre');
    const titles = ['Ödla', 'Ärla', 'Åsna', 'Zebra', 'Apa'];
    for (const [index, title] of titles.entries()) {
      await create(ydre, {
        title: `Djur ${title}`,
        visibility: 'PUBLIC',
        kind: index % 2 === 0 ? 'pilot' : 'implementation',
        startDate: `${2019 + (index % 2)}-03-01`,
        endDate: null,
        themes: index < 2 ? ['validation'] : ['supervision'],
      });
    }
    const facetsFor = async (filter: Record<string, unknown>) => (await list({ s: 'Djur', f: filter })).body.data!.initiatives;
    const all = await facetsFor({ organizations: ['ydre'] });
    expect(all.totalCount).toBe(5);
    expect(all.facets['kind']).toEqual([
      { value: 'pilot', count: 3 },
      { value: 'implementation', count: 2 },
    ]);
    expect(all.facets['startYear']).toEqual([
      { value: '2019', count: 3 },
      { value: '2020', count: 2 },
    ]);
    const pilots = await facetsFor({ organizations: ['ydre'], kinds: ['pilot'] });
    expect(pilots.totalCount).toBe(3);
    // The kind facet ignores its own filter (so the alternative stays visible), the others do not.
    expect(pilots.facets['kind']).toEqual(all.facets['kind']);
    expect(pilots.facets['theme']).toEqual([
      { value: 'supervision', count: 2 },
      { value: 'validation', count: 1 },
    ]);
    expect(errorCodes(await list({ f: { themes: ['okänt'] } }))).toEqual(['BAD_USER_INPUT']);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: GraphQLResponse<{ initiatives: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Node }> } }> =
        await list({
          s: 'Djur',
          o: 'TITLE',
          n: 2,
          a: after,
        });
      const connection = response.body.data!.initiatives;
      seen.push(...connection.edges.map((e) => e.node.title));
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(['Djur Apa', 'Djur Zebra', 'Djur Åsna', 'Djur Ärla', 'Djur Ödla']);
    expect(errorCodes(await list({ s: 'Djur', o: 'TITLE', n: 2, a: 'trasig' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await list({ n: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('reads only the columns a list query selects, and answers every field exactly as the initiative itself, through fragments too', async () => {
    const linkoping = await as('projektledare.linkoping');
    const created = await create(linkoping, {
      title: 'Kolumnurval',
      visibility: 'PUBLIC',
      contactPerson: { name: 'Kim Kontakt', email: 'kim@linkoping.se' },
      projectLeader: { name: 'Pat Ledare', email: 'pat@linkoping.se' },
      partners: [{ role: 'partner', organization: 'motala' }],
      fundingLines: [
        { funderType: 'state-grant', amountSek: 1200, status: 'granted' },
        { funderType: 'esf-plus', amountSek: 800, status: 'granted' },
      ],
      genderEquality: 'Jämställt',
      accessibility: 'Tillgängligt',
      participants: [{ period: '2021', women: 3, men: 12, otherOrUnknown: 0, toWork: 2, toStudies: 1, otherOutcome: 0 }],
    });
    const NODE = `id title startDate endDate contactPerson { name email } projectLeader { name email } totalFundingSek archived canEdit isDemo version createdAt updatedAt
      horizontalPrinciples { genderEquality nonDiscrimination accessibility } participants { period women { display } men { display } total { display } }
      organization { slug } partners { role organization { slug } }`;
    const whole = (headers: Headers) =>
      gql<{ initiative: Record<string, unknown> }>(portal.url, `query($id: ID!) { initiative(id: $id) { ${NODE} } }`, { id: created.id }, headers);
    const listed = (query: string, headers: Headers) =>
      gql<{ initiatives: { edges: Array<{ node: Record<string, unknown> }> } }>(portal.url, query, {}, headers);
    const byFragment = `query { initiatives(search: "Kolumnurval", first: 5) { edges { node { ...Parts ... on Initiative { title } } } } }
      fragment Parts on Initiative { ${NODE} }`;
    for (const headers of [linkoping, await as('projektledare.norrkoping'), {}]) {
      const expected = (await whole(headers)).body.data!.initiative;
      const response = await listed(byFragment, headers);
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      expect(response.body.data!.initiatives.edges.map((e) => e.node)).toEqual([expected]);
    }
    // Masked for another organisation, exact for the owner: the list computes the mask from the narrowed row too.
    expect((await whole(await as('projektledare.norrkoping'))).body.data!.initiative['participants']).toEqual([
      { period: '2021', women: { display: '<5' }, men: { display: '12' }, total: { display: 'dolt' } },
    ]);
    const titleOnly = await listed(`query { initiatives(search: "Kolumnurval", first: 5) { edges { node { title totalFundingSek } } } }`, linkoping);
    expect(titleOnly.body.data!.initiatives.edges).toEqual([{ node: { title: 'Kolumnurval', totalFundingSek: 2000 } }]);
  });

  it('resolves a page of 50 with as many SQL statements as a page of 5 (no N+1)', async () => {
    const linkoping = await as('projektledare.linkoping');
    const partnerSet = [
      { role: 'partner', organization: 'motala' },
      { role: 'financier', name: 'Länsstyrelsen Östergötland' },
    ];
    for (let i = 0; i < 55; i++) {
      await create(linkoping, {
        title: `Massinsats ${i}`,
        visibility: 'PUBLIC',
        partners: partnerSet,
        fundingLines: [{ funderType: 'state-grant', amountSek: 1000 * i, status: 'granted' }],
        themes: ['competence-supply', 'validation'],
      });
    }
    const PAGE = `query($n: Int!) { initiatives(search: "Massinsats", first: $n) { totalCount edges { node { id title themes organization { name }
      partners { name role organization { slug } } fundingLines { funderType amountSek } relations { kind other { title } } followUps { dueDate } } }
      facets { status { value count } theme { value count } organization { value count } } } }`;
    const statementsFor = async (n: number) => {
      const before = statementCount();
      const response = await gql<{ initiatives: { edges: unknown[] } }>(portal.url, PAGE, { n }, linkoping);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.initiatives.edges).toHaveLength(n);
      return statementCount() - before;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large).toBe(small);
    // BEGIN, settings, page, facets, organisations, relations, follow-ups, COMMIT and the guard's lookup.
    expect(large).toBeLessThanOrEqual(10);
  });
});
