import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { statementCount } from '@portal/api/dist/database/statement-counter.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';
import { stageTextFile, tokenSubject } from '../support/material-files.js';

// The material register through GraphQL: metadata, versions, visibility of files as of their
// material, adaptations and reviews. Files are staged here by SQL under the uploader's
// row-level security (as the upload endpoint stores them), so these tests do not depend on it.

const FILE = 'id name mediaType sizeBytes scanStatus available previewable textIndexed';
const FIELDS = `id title kind summary description themes audiences language licence visibility version canEdit archived
  responsibleName responsibleEmail validFrom validTo reviewCycleMonths nextReviewOn reviewStatus currentVersionNumber
  organization { slug } currentVersion { number note createdByName files { ${FILE} } }
  versions { number note files { id name } } isAdaptation adaptedFrom { id title organization { slug } }
  adaptations { organization { slug } material { id } } originalChange { seenVersion currentVersion newVersions { number note } }
  initiatives { id title } sharedWithNetworks { name }`;
const CREATE = `mutation($i: MaterialInput!, $f: MaterialVersionInput) { createMaterial(input: $i, files: $f) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MaterialInput!) { updateMaterial(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!, $i: MaterialVersionInput!) { publishMaterialVersion(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { material(id: $id) { ${FIELDS} } }`;
const ADAPT = `mutation($id: ID!) { adaptMaterial(id: $id) { ${FIELDS} } }`;
const ACK = `mutation($id: ID!, $v: Int!) { acknowledgeMaterialOriginalChange(id: $id, version: $v) { ${FIELDS} } }`;
const REVIEWED = `mutation($id: ID!, $v: Int!) { markMaterialReviewed(id: $id, version: $v) { ${FIELDS} } }`;
const REVIEWS = `{ materialReviews { responsible { id } organization { id } originalChanged { id } } }`;
const HISTORY = `query($id: ID!) { materialHistory(id: $id) { action version changes { field } } }`;
const LINK = `mutation($f: ID!, $p: Boolean) { createMaterialFileLink(fileId: $f, preview: $p) { url expiresAt } }`;
const LIST = `query($s: String, $f: MaterialFilter) { materials(search: $s, filter: $f, first: 50) {
  totalCount edges { node { id title reviewStatus } }
  facets { kind { value count } reviewStatus { value count } hasAdaptations { value count } organization { value count } } } }`;
const NETWORK = 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }';
const INVITE = 'mutation($i: InviteNetworkMemberInput!) { inviteNetworkMember(input: $i) { id } }';
const RESPOND = 'mutation($n: ID!, $a: Boolean!) { respondToNetworkInvitation(networkId: $n, accept: $a) { id members { id role organization { slug } } } }';
const REMOVE = 'mutation($m: ID!) { removeNetworkMember(memberId: $m) { id } }';
const SHARE = 'mutation($i: NetworkShareInput!) { shareWithNetwork(input: $i) { name } }';
const NETWORK_MATERIAL = 'query($id: ID!) { network(id: $id) { material { id title } } }';
const CREATE_INITIATIVE = 'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }';
const INITIATIVE_MATERIAL = 'query($id: ID!) { initiative(id: $id) { material { id title } } }';

type Headers = Record<string, string>;
interface FileNode {
  id: string;
  name: string;
  available: boolean;
  [key: string]: unknown;
}
interface MaterialNode {
  id: string;
  version: number;
  title: string;
  currentVersionNumber: number;
  currentVersion: { number: number; note: string; files: FileNode[] } | null;
  versions: Array<{ number: number; files: Array<{ id: string; name: string }> }>;
  [key: string]: unknown;
}

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Mall för introduktionsplan',
    kind: 'template',
    summary: 'En mall för handledare.',
    visibility: 'REGION',
    themes: ['validation'],
    ...overrides,
  };
}

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}

const fieldErrors = (response: GraphQLResponse) => (response.body.errors?.[0]?.extensions?.['fieldErrors'] ?? {}) as Record<string, string>;

describe('material: register, versions, adaptations and reviews', () => {
  let portal: TestPortal;
  const tokens = new Map<string, { headers: Headers; userId: string }>();
  const login = async (username: string) => {
    if (!tokens.has(username)) {
      const token = (await loginWithPkce({ issuer: portal.issuer!, username })).access_token;
      tokens.set(username, { headers: { authorization: `Bearer ${token}` }, userId: tokenSubject(token) });
    }
    return tokens.get(username)!;
  };
  const as = async (username: string) => (await login(username)).headers;

  const stage = async (username: string, slug: string, name: string, content: string, text: string | null = null): Promise<string> =>
    stageTextFile(portal.api.database.appUrl, { userId: (await login(username)).userId, organizationSlug: slug, name, content, text });
  const create = async (username: string, overrides: Record<string, unknown> = {}, files?: { fileIds: string[]; note?: string }) =>
    ok(await gql<{ createMaterial: MaterialNode }>(portal.url, CREATE, { i: input(overrides), f: files ?? null }, await as(username))).createMaterial;
  const read = (id: string, headers: Headers = {}) => gql<{ material: MaterialNode }>(portal.url, GET, { id }, headers);

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'material', identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('creates material with its first version, defaults the responsible person to the writer and records the history', async () => {
    const first = await stage('projektledare.linkoping', 'linkoping', 'introduktion.txt', 'Introduktionsplan för nya medarbetare');
    const second = await stage('projektledare.linkoping', 'linkoping', 'checklista.txt', 'Checklista');
    const created = await create('projektledare.linkoping', { description: '**Fri** att använda.' }, { fileIds: [first, second], note: 'Första versionen' });
    expect(created).toMatchObject({
      title: 'Mall för introduktionsplan',
      kind: 'template',
      visibility: 'REGION',
      canEdit: true,
      organization: { slug: 'linkoping' },
      currentVersionNumber: 1,
      currentVersion: { number: 1, note: 'Första versionen' },
      reviewStatus: 'current',
      isAdaptation: false,
    });
    expect(created['responsibleName']).not.toBe('');
    expect(created.currentVersion!.files.map((f) => f.name)).toEqual(['introduktion.txt', 'checklista.txt']);
    expect(created.currentVersion!.files[0]).toMatchObject({ mediaType: 'text/plain', available: true, previewable: false });
    const history = ok(
      await gql<{ materialHistory: Array<{ action: string; changes: Array<{ field: string }> }> }>(
        portal.url,
        HISTORY,
        { id: created.id },
        await as('projektledare.linkoping'),
      ),
    ).materialHistory;
    expect(history.map((h) => h.action)).toEqual(['version-published', 'created']);
    expect(history[0]!.changes.map((c) => c.field)).toEqual(['currentVersion']);
  });

  it('refuses bad metadata with Swedish messages on each field, and files that are not the organisation’s to take in', async () => {
    const bad = await gql(
      portal.url,
      CREATE,
      { i: input({ title: ' ', kind: 'poster', validFrom: '2026-13-01', validTo: '2020-01-01', reviewCycleMonths: 5, language: 'xx' }) },
      await as('projektledare.linkoping'),
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(bad)).toMatchObject({
      title: expect.stringContaining('Titeln'),
      kind: 'Välj vilken typ av material det är.',
      validFrom: 'Ange giltig från som ÅÅÅÅ-MM-DD.',
      reviewCycleMonths: expect.stringContaining('Välj en granskningscykel'),
      language: 'Välj ett språk ur listan.',
    });
    // Another organisation's staged file answers like a missing one, and nothing is created.
    const theirs = await stage('projektledare.norrkoping', 'norrkoping', 'deras.txt', 'Norrköpings fil');
    const refused = await gql(portal.url, CREATE, { i: input({ title: 'Med lånad fil' }), f: { fileIds: [theirs] } }, await as('projektledare.linkoping'));
    expect(fieldErrors(refused)).toEqual({ fileIds: 'En av filerna finns inte längre. Ladda upp den igen.' });
    const listed = ok(
      await gql<{ materials: { edges: Array<{ node: { title: string } }> } }>(portal.url, LIST, { s: 'lånad' }, await as('projektledare.linkoping')),
    );
    expect(listed.materials.edges).toEqual([]);
  });

  it('publishes new versions keeping earlier ones, refuses a stale version with CONFLICT, and searches the text inside current files', async () => {
    const linkoping = await as('projektledare.linkoping');
    const kept = await stage('projektledare.linkoping', 'linkoping', 'processkarta.txt', 'v1', 'Processkartan beskriver validering steg för steg');
    const material = await create('projektledare.linkoping', { title: 'Processkarta validering', kind: 'process-map' }, { fileIds: [kept] });
    const added = await stage('projektledare.linkoping', 'linkoping', 'bilaga.txt', 'v2', 'Bilagan nämner arbetsmarknadsanställningar och ordet fjällräv');
    const v2 = ok(
      await gql<{ publishMaterialVersion: MaterialNode }>(
        portal.url,
        PUBLISH,
        { id: material.id, v: material.version, i: { fileIds: [kept, added], note: 'Bilaga tillagd' } },
        linkoping,
      ),
    ).publishMaterialVersion;
    expect(v2.currentVersionNumber).toBe(2);
    expect(v2.versions.map((v) => [v.number, v.files.map((f) => f.name)])).toEqual([
      [2, ['processkarta.txt', 'bilaga.txt']],
      [1, ['processkarta.txt']],
    ]);
    // Someone saving from the version they read before: CONFLICT, nothing lost.
    const stale = await gql(portal.url, UPDATE, { id: material.id, v: material.version, i: input({ title: 'Gammal titel' }) }, linkoping);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(ok(await read(material.id, linkoping)).material.title).toBe('Processkarta validering');
    const stalePublish = await gql(portal.url, PUBLISH, { id: material.id, v: material.version, i: { fileIds: [kept] } }, linkoping);
    expect(errorCodes(stalePublish)).toEqual(['CONFLICT']);
    // A word only inside the current version's file text finds it (Swedish stemming too); files are required.
    const found = ok(await gql<{ materials: { edges: Array<{ node: { id: string } }> } }>(portal.url, LIST, { s: 'fjällrävar' }, linkoping));
    expect(found.materials.edges.map((e) => e.node.id)).toEqual([material.id]);
    expect(fieldErrors(await gql(portal.url, PUBLISH, { id: material.id, v: v2.version, i: { fileIds: [] } }, linkoping))).toEqual({
      fileIds: 'Lägg till minst en fil.',
    });
    // A new version without the extra file: the word is no longer searchable.
    ok(await gql(portal.url, PUBLISH, { id: material.id, v: v2.version, i: { fileIds: [kept], note: 'Bilagan borttagen' } }, linkoping));
    const gone = ok(await gql<{ materials: { edges: unknown[] } }>(portal.url, LIST, { s: 'fjällräv' }, linkoping));
    expect(gone.materials.edges).toEqual([]);
  });

  it('lets files be read exactly as their material: private, region, public and anonymous', async () => {
    const file = await stage('projektledare.linkoping', 'linkoping', 'privat.txt', 'hemligt');
    const material = await create('projektledare.linkoping', { title: 'Privat utkast', visibility: 'PRIVATE' }, { fileIds: [file] });
    const norrkoping = await as('projektledare.norrkoping');
    expect(errorCodes(await read(material.id, norrkoping))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(portal.url, LINK, { f: file }, norrkoping))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(portal.url, LINK, { f: file }, {}))).toEqual(['NOT_FOUND']);
    const own = ok(await gql<{ createMaterialFileLink: { url: string } }>(portal.url, LINK, { f: file }, await as('projektledare.linkoping')));
    expect(own.createMaterialFileLink.url).toMatch(/^\/api\/material-files\/download\/[A-Za-z0-9_-]{43}$/);
    // Text files are not previewable.
    expect(fieldErrors(await gql(portal.url, LINK, { f: file, p: true }, await as('projektledare.linkoping')))).toEqual({
      fileId: 'Den här filtypen kan inte förhandsgranskas. Ladda ned den i stället.',
    });

    const regional = await create(
      'projektledare.linkoping',
      { title: 'Regionalt stöd', visibility: 'REGION' },
      {
        fileIds: [await stage('projektledare.linkoping', 'linkoping', 'region.txt', 'för regionen')],
      },
    );
    expect(ok(await read(regional.id, norrkoping)).material.currentVersion!.files.map((f) => f.name)).toEqual(['region.txt']);
    expect(errorCodes(await read(regional.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(portal.url, LINK, { f: regional.currentVersion!.files[0]!.id }, {}))).toEqual(['NOT_FOUND']);
    const published = await create(
      'projektledare.linkoping',
      { title: 'Öppen broschyr', visibility: 'PUBLIC' },
      {
        fileIds: [await stage('projektledare.linkoping', 'linkoping', 'broschyr.txt', 'för alla')],
      },
    );
    const anonymous = ok(await read(published.id)).material;
    expect(anonymous.title).toBe('Öppen broschyr');
    // Public material's files are for everyone, signed in or not.
    expect(
      ok(await gql<{ createMaterialFileLink: { url: string } }>(portal.url, LINK, { f: anonymous.currentVersion!.files[0]!.id }, {})).createMaterialFileLink
        .url,
    ).toMatch(/^\/api\/material-files\/download\//);
  });

  it('shares material with a network: members of other organisations read it and its files, a removed member no longer does', async () => {
    const chair = await as('ordforande.hr');
    const network = ok(
      await gql<{ createNetwork: { id: string } }>(
        portal.url,
        NETWORK,
        { i: { name: 'Materialnätverket', purpose: 'Delar mallar.', level: 'regional', kind: 'hr', admission: 'invitation' } },
        chair,
      ),
    ).createNetwork;
    const file = await stage('ordforande.hr', 'motala', 'natverksmall.txt', 'för nätverket');
    const material = await create('ordforande.hr', { title: 'Nätverkets mall', visibility: 'NETWORK' }, { fileIds: [file] });
    ok(await gql(portal.url, SHARE, { i: { networkId: network.id, recordKind: 'material', recordId: material.id } }, chair));
    const norrkoping = await as('projektledare.norrkoping');
    expect(errorCodes(await read(material.id, norrkoping))).toEqual(['NOT_FOUND']);

    ok(await gql(portal.url, INVITE, { i: { networkId: network.id, email: 'projektledare.norrkoping@example.se', role: 'member' } }, chair));
    const joined = ok(
      await gql<{ respondToNetworkInvitation: { members: Array<{ id: string; role: string }> } }>(portal.url, RESPOND, { n: network.id, a: true }, norrkoping),
    ).respondToNetworkInvitation;
    expect(ok(await read(material.id, norrkoping)).material).toMatchObject({ title: 'Nätverkets mall', sharedWithNetworks: [{ name: 'Materialnätverket' }] });
    expect(
      ok(await gql<{ network: { material: Array<{ id: string }> } }>(portal.url, NETWORK_MATERIAL, { id: network.id }, norrkoping)).network.material.map(
        (m) => m.id,
      ),
    ).toEqual([material.id]);
    ok(await gql(portal.url, LINK, { f: file }, norrkoping));
    // Not a member: nothing, not even on the network's page.
    expect(errorCodes(await read(material.id, await as('projektledare.linkoping')))).toEqual(['NOT_FOUND']);

    const member = joined.members.find((m) => m.role === 'member')!;
    ok(await gql(portal.url, REMOVE, { m: member.id }, chair));
    expect(errorCodes(await read(material.id, norrkoping))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(portal.url, LINK, { f: file }, norrkoping))).toEqual(['NOT_FOUND']);
  });

  it('adapts material for another organisation, links both ways, and tells the variant when the original changes', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const original = await create(
      'projektledare.linkoping',
      { title: 'Mall för arbetsplatsintroduktion', licence: 'cc-by-4.0' },
      {
        fileIds: [await stage('projektledare.linkoping', 'linkoping', 'mall.txt', 'mallen', 'Mallen för introduktion')],
      },
    );
    const variant = ok(await gql<{ adaptMaterial: MaterialNode }>(portal.url, ADAPT, { id: original.id }, norrkoping)).adaptMaterial;
    expect(variant).toMatchObject({
      title: 'Mall för arbetsplatsintroduktion',
      visibility: 'PRIVATE',
      canEdit: true,
      organization: { slug: 'norrkoping' },
      isAdaptation: true,
      adaptedFrom: { id: original.id, organization: { slug: 'linkoping' } },
      currentVersionNumber: 1,
      originalChange: null,
    });
    // The files are the variant's own copies.
    const copied = variant.currentVersion!.files[0]!;
    expect(copied.name).toBe('mall.txt');
    expect(copied.id).not.toBe(original.currentVersion!.files[0]!.id);
    // The original names the adapting organisation; the private variant itself stays unreadable to it.
    const seen = ok(await read(original.id, linkoping)).material;
    expect(seen['adaptations']).toEqual([{ organization: { slug: 'norrkoping' }, material: null }]);
    const facets = ok(
      await gql<{ materials: { facets: { hasAdaptations: Array<{ value: string; count: number }> } } }>(
        portal.url,
        LIST,
        { f: { hasAdaptations: ['yes'] } },
        linkoping,
      ),
    );
    expect(facets.materials.facets.hasAdaptations.find((f) => f.value === 'yes')?.count).toBeGreaterThanOrEqual(1);

    // A new version of the original: the variant's organisation sees what changed, until handled.
    const newFile = await stage('projektledare.linkoping', 'linkoping', 'mall-2.txt', 'nya mallen');
    ok(await gql(portal.url, PUBLISH, { id: original.id, v: seen.version, i: { fileIds: [newFile], note: 'Nytt avsnitt om handledning' } }, linkoping));
    const changed = ok(await read(variant.id, norrkoping)).material;
    expect(changed['originalChange']).toEqual({ seenVersion: 1, currentVersion: 2, newVersions: [{ number: 2, note: 'Nytt avsnitt om handledning' }] });
    expect(
      ok(await gql<{ materialReviews: { originalChanged: Array<{ id: string }> } }>(portal.url, REVIEWS, {}, norrkoping)).materialReviews.originalChanged.map(
        (m) => m.id,
      ),
    ).toContain(variant.id);
    const handled = ok(
      await gql<{ acknowledgeMaterialOriginalChange: MaterialNode }>(portal.url, ACK, { id: variant.id, v: changed.version }, norrkoping),
    ).acknowledgeMaterialOriginalChange;
    expect(handled['originalChange']).toBeNull();

    // One's own material is changed, not adapted; internal terms allow no variants.
    expect(errorCodes(await gql(portal.url, ADAPT, { id: original.id }, linkoping))).toEqual(['BAD_USER_INPUT']);
    const internal = await create('projektledare.linkoping', { title: 'Intern rutin', licence: 'internal' });
    expect(errorCodes(await gql(portal.url, ADAPT, { id: internal.id }, norrkoping))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists overdue reviews for the responsible person and the organisation, marks expired documents, and moves the next review on', async () => {
    const linkoping = await as('projektledare.linkoping');
    const strategy = await create('projektledare.linkoping', {
      title: 'Ram för samverkan',
      kind: 'strategy',
      reviewCycleMonths: 12,
      nextReviewOn: '2022-06-30',
    });
    const expired = await create('projektledare.linkoping', {
      title: 'Gammal handlingsplan',
      kind: 'strategy',
      validFrom: '2019-01-01',
      validTo: '2021-12-31',
    });
    expect([strategy['reviewStatus'], expired['reviewStatus']]).toEqual(['review-due', 'expired']);
    const reviews = ok(
      await gql<{ materialReviews: { responsible: Array<{ id: string }>; organization: Array<{ id: string }> } }>(portal.url, REVIEWS, {}, linkoping),
    ).materialReviews;
    expect(reviews.organization.map((m) => m.id)).toEqual(expect.arrayContaining([strategy.id, expired.id]));
    expect(reviews.responsible.map((m) => m.id)).toEqual(expect.arrayContaining([strategy.id]));
    // Another organisation's overdue material is not theirs to review.
    const other = ok(
      await gql<{ materialReviews: { organization: Array<{ id: string }> } }>(portal.url, REVIEWS, {}, await as('projektledare.norrkoping')),
    ).materialReviews;
    expect(other.organization.map((m) => m.id)).not.toContain(strategy.id);
    const filtered = ok(
      await gql<{ materials: { edges: Array<{ node: { id: string } }> } }>(portal.url, LIST, { f: { reviewStatuses: ['expired'] } }, linkoping),
    );
    expect(filtered.materials.edges.map((e) => e.node.id)).toContain(expired.id);

    const reviewed = ok(
      await gql<{ markMaterialReviewed: MaterialNode }>(portal.url, REVIEWED, { id: strategy.id, v: strategy.version }, linkoping),
    ).markMaterialReviewed;
    expect(reviewed['reviewStatus']).toBe('current');
    expect(String(reviewed['nextReviewOn']) > new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it('lists the material an initiative produced on the initiative, for those who may read both', async () => {
    const linkoping = await as('projektledare.linkoping');
    const initiative = ok(
      await gql<{ createInitiative: { id: string } }>(
        portal.url,
        CREATE_INITIATIVE,
        { i: { title: 'Connect', kind: 'pilot', status: 'completed', startDate: '2019-01-01', endDate: '2021-12-31', visibility: 'PUBLIC' } },
        linkoping,
      ),
    ).createInitiative;
    const material = await create('projektledare.linkoping', {
      title: 'Slutrapport Connect',
      kind: 'report',
      visibility: 'PUBLIC',
      initiativeIds: [initiative.id],
    });
    expect(material['initiatives']).toEqual([{ id: initiative.id, title: 'Connect' }]);
    expect(
      ok(await gql<{ initiative: { material: Array<{ id: string }> } }>(portal.url, INITIATIVE_MATERIAL, { id: initiative.id })).initiative.material.map(
        (m) => m.id,
      ),
    ).toEqual([material.id]);
    // A private initiative of another organisation cannot be linked (it answers like a missing one).
    const hidden = ok(
      await gql<{ createInitiative: { id: string } }>(
        portal.url,
        CREATE_INITIATIVE,
        { i: { title: 'Dold', kind: 'pilot', status: 'ongoing', startDate: '2024-01-01', visibility: 'PRIVATE' } },
        await as('projektledare.norrkoping'),
      ),
    ).createInitiative;
    const refused = await gql(portal.url, CREATE, { i: input({ initiativeIds: [hidden.id] }) }, linkoping);
    expect(fieldErrors(refused)).toEqual({ initiativeIds: 'En av insatserna finns inte, eller så har du inte tillgång till den.' });
  });
  it('resolves a page of the register with its versions, files, originals and adaptations in a bounded number of statements', async () => {
    const ydre = await as('projektledare.ydre');
    for (let i = 0; i < 12; i += 1) {
      await create(
        'projektledare.ydre',
        { title: `Sidmaterial ${i}`, visibility: 'PUBLIC' },
        {
          fileIds: [await stage('projektledare.ydre', 'ydre', `fil-${i}.txt`, `innehåll ${i}`)],
        },
      );
    }
    const PAGE = `query($n: Int!) { materials(search: "Sidmaterial", first: $n) { totalCount edges { node { id title reviewStatus organization { slug }
      currentVersion { number files { name available } } versions { number } isAdaptation adaptedFrom { title } adaptations { organization { slug } }
      sharedWithNetworks { name } } } facets { kind { value count } hasAdaptations { value count } } } }`;
    const statementsFor = async (n: number) => {
      const before = statementCount();
      const response = await gql<{ materials: { edges: unknown[] } }>(portal.url, PAGE, { n }, ydre);
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      expect(response.body.data?.materials.edges).toHaveLength(n);
      return statementCount() - before;
    };
    const small = await statementsFor(2);
    const large = await statementsFor(12);
    expect(large).toBe(small);
    // Fields resolved from stored columns work in a list too (it reads only the columns the query needs).
    const listed = ok(
      await gql<{ materials: { edges: Array<{ node: { isAdaptation: boolean; currentVersion: { number: number } } }> } }>(portal.url, PAGE, { n: 3 }, ydre),
    );
    expect(listed.materials.edges.map((e) => [e.node.isAdaptation, e.node.currentVersion.number])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
  });
});
