import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { dataSourceOptions } from '@portal/api/dist/database/data-source.js';
import { InitiativeMethodsFromText1796270001000 } from '@portal/api/dist/database/migrations/1796270001000-initiative-methods-from-text.migration.js';
import { statementCount } from '@portal/api/dist/database/statement-counter.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';
import { CHANGES, worded } from '../support/history.js';

const FIELDS = `id name summary description problem visibility targetGroups themes evidenceLevel version archived canEdit isDemo
  steps { title description } requirements { training certification staffing indicativeCost }
  evidenceSources { title url kind } contactPerson { name email } organization { slug }
  relations { kind direction other { id name } }`;
const CREATE = `mutation($i: MethodInput!) { createMethod(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MethodInput!) { updateMethod(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { method(id: $id) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveMethod(id: $id) { id archived version } }`;
const RESTORE = `mutation($id: ID!) { restoreMethod(id: $id) { id archived version } }`;
const HISTORY = `query($id: ID!) { methodHistory(id: $id) { action actorName version ${CHANGES} } }`;
const LINK = `mutation($i: ID!, $m: ID!) { linkInitiativeMethod(initiativeId: $i, methodId: $m) { id methodRefs { id name } } }`;
const UNLINK = `mutation($i: ID!, $m: ID!) { unlinkInitiativeMethod(initiativeId: $i, methodId: $m) { id methodRefs { id name } } }`;
const LIST = `query($s: String, $f: MethodFilter, $o: MethodOrder, $n: Int!, $a: String) {
  methods(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
    facets { evidenceLevel { value count } theme { value count } targetGroup { value count } organization { value count } usingOrganization { value count } }
  } }`;
const USE = `query($id: ID!) { method(id: $id) {
  usedBy { afterLifeStatus initiative { id title status organization { slug } } }
  organizationsUsing { organization { slug } initiativeCount contacts { name email } }
  outcomes { initiativeCount participants { value display } toWork { value display } toStudies { value display } }
} }`;
const CREATE_INITIATIVE = `mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }`;

type Headers = Record<string, string>;
interface MethodNode {
  id: string;
  name: string;
  version: number;
  [key: string]: unknown;
}
type ListResult = {
  methods: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: MethodNode }>;
    facets: Record<string, Array<{ value: string; count: number }>>;
  };
};

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Testmetod',
    summary: 'En kort sammanfattning.',
    visibility: 'REGION',
    themes: ['validation'],
    targetGroups: ['long-term-unemployed'],
    ...overrides,
  };
}

const fieldErrors = (response: GraphQLResponse) => (response.body.errors?.[0]?.extensions?.['fieldErrors'] ?? {}) as Record<string, string>;

describe('the method bank', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const create = async (headers: Headers, overrides: Record<string, unknown> = {}): Promise<MethodNode> => {
    const response = await gql<{ createMethod: MethodNode }>(portal.url, CREATE, { i: input(overrides) }, headers);
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.createMethod;
  };
  const createInitiative = async (headers: Headers, overrides: Record<string, unknown> = {}): Promise<string> => {
    const response = await gql<{ createInitiative: { id: string } }>(
      portal.url,
      CREATE_INITIATIVE,
      { i: { title: 'Insats med metod', kind: 'pilot', status: 'ongoing', startDate: '2024-01-01', visibility: 'PUBLIC', ...overrides } },
      headers,
    );
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.createInitiative.id;
  };
  const link = async (headers: Headers, initiativeId: string, methodId: string) => {
    const response = await gql<{ linkInitiativeMethod: { methodRefs: Array<{ id: string }> } }>(portal.url, LINK, { i: initiativeId, m: methodId }, headers);
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.linkInitiativeMethod;
  };
  const list = (variables: Record<string, unknown>, headers: Headers = {}) => gql<ListResult>(portal.url, LIST, { n: 50, ...variables }, headers);

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'methods', identity: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('creates a method with every field in the active organisation, and records it in the history', async () => {
    const linkoping = await as('projektledare.linkoping');
    const created = await create(linkoping, {
      name: '  Supported Employment ',
      description: '**Individuellt** stöd.',
      problem: 'Personer långt från arbetsmarknaden.',
      visibility: 'PUBLIC',
      steps: [{ title: 'Kartläggning', description: 'Vad personen vill.' }, { title: 'Jobbsökning' }],
      requirements: { training: 'Grundutbildning', certification: '', staffing: 'En jobbcoach per 20', indicativeCost: 'Okänd' },
      evidenceLevel: 'research-supported',
      evidenceSources: [
        {
          title: 'Metodguiden: IPS',
          url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/evidensbaserad-praktik/metodguiden/',
          kind: 'metodguiden',
        },
        { title: 'Bejerholm et al. (2014)', kind: 'research' },
      ],
      contactPerson: { name: 'Anna Andersson', email: 'anna@linkoping.se' },
    });
    expect(created).toMatchObject({
      name: 'Supported Employment',
      visibility: 'PUBLIC',
      version: 1,
      archived: false,
      canEdit: true,
      isDemo: false,
      evidenceLevel: 'research-supported',
      organization: { slug: 'linkoping' },
      steps: [
        { title: 'Kartläggning', description: 'Vad personen vill.' },
        { title: 'Jobbsökning', description: '' },
      ],
      requirements: { training: 'Grundutbildning', certification: '', staffing: 'En jobbcoach per 20', indicativeCost: 'Okänd' },
      evidenceSources: [expect.objectContaining({ kind: 'metodguiden' }), { title: 'Bejerholm et al. (2014)', url: null, kind: 'research' }],
      contactPerson: { name: 'Anna Andersson', email: 'anna@linkoping.se' },
      relations: [],
    });
    const history = worded(
      await gql<{ methodHistory: Array<{ action: string; actorName: string; version: number; changes: Array<{ field: string; after: string | null }> }> }>(
        portal.url,
        HISTORY,
        { id: created.id },
        linkoping,
      ),
    );
    expect(history.body.data?.methodHistory).toHaveLength(1);
    expect(history.body.data?.methodHistory[0]).toMatchObject({ action: 'created', version: 1 });
    expect(history.body.data?.methodHistory[0]?.changes).toContainEqual({ field: 'evidenceLevel', before: null, after: 'Forskningsstöd' });
    // Anonymous readers of a public method do not get its history (like initiatives).
    expect(errorCodes(await gql(portal.url, HISTORY, { id: created.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses invalid input with a Swedish message per field, and writes nothing', async () => {
    const linkoping = await as('projektledare.linkoping');
    const response = await gql(
      portal.url,
      CREATE,
      {
        i: input({
          name: '   ',
          themes: ['no-such-theme'],
          evidenceLevel: 'grade-a',
          steps: [{ title: '' }],
          evidenceSources: [{ title: 'Utan länk', url: 'ftp://example.se', kind: 'blog' }],
          relations: [{ kind: 'sibling-of', methodId: 'not-a-uuid' }],
          contactPerson: { name: '', email: 'inte-en-adress' },
        }),
      },
      linkoping,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(fieldErrors(response)).sort()).toEqual(
      [
        'contactPerson.email',
        'contactPerson.name',
        'evidenceLevel',
        'evidenceSources.0.kind',
        'evidenceSources.0.url',
        'name',
        'relations.0.kind',
        'relations.0.methodId',
        'steps.0.title',
        'themes',
      ].sort(),
    );
    expect(fieldErrors(response)['name']).toBe('Metodens namn måste fyllas i.');
    // An evidence level needs a source: the portal never grades a method itself.
    const unsourced = await gql(portal.url, CREATE, { i: input({ evidenceLevel: 'evidence-based' }) }, linkoping);
    expect(fieldErrors(unsourced)).toEqual({ evidenceSources: 'Ange minst en källa för evidensnivån.' });
    const found = await list({ s: 'no-such-theme' }, linkoping);
    expect(found.body.data?.methods.totalCount).toBe(0);
    // Anonymous and signed-in without an organisation cannot write.
    expect(errorCodes(await gql(portal.url, CREATE, { i: input() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('updates with the version read, and answers a stale version with CONFLICT naming what changed', async () => {
    const linkoping = await as('projektledare.linkoping');
    const method = await create(linkoping, { name: 'Versionerad metod' });
    const first = await gql<{ updateMethod: MethodNode }>(
      portal.url,
      UPDATE,
      { id: method.id, v: 1, i: input({ name: 'Versionerad metod', summary: 'Ny sammanfattning' }) },
      linkoping,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.updateMethod).toMatchObject({ version: 2, summary: 'Ny sammanfattning' });
    // The same save again changes nothing and keeps the version.
    const again = await gql<{ updateMethod: MethodNode }>(
      portal.url,
      UPDATE,
      { id: method.id, v: 2, i: input({ name: 'Versionerad metod', summary: 'Ny sammanfattning' }) },
      linkoping,
    );
    expect(again.body.errors, JSON.stringify(again.body.errors)).toBeUndefined();
    expect(again.body.data?.updateMethod.version).toBe(2);
    const stale = await gql(portal.url, UPDATE, { id: method.id, v: 1, i: input({ name: 'Mitt namn' }) }, linkoping);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const details = worded(stale.body.errors?.[0]?.extensions?.['conflict']) as {
      currentVersion: number;
      changes: Array<{ field: string; label: string; after: string }>;
    };
    expect(details.currentVersion).toBe(2);
    expect(details.changes).toContainEqual(expect.objectContaining({ field: 'summary', label: 'Sammanfattning', after: 'Ny sammanfattning' }));
    expect(stale.body.errors?.[0]?.message).toMatch(/har ändrat metoden sedan du öppnade den \(sammanfattning\)/);
    const stored = await gql<{ method: MethodNode }>(portal.url, GET, { id: method.id }, linkoping);
    expect(stored.body.data?.method.name).toBe('Versionerad metod');
    // Validation comes before the version check and NOT_FOUND for a missing id.
    expect(errorCodes(await gql(portal.url, UPDATE, { id: method.id, v: 1, i: input({ name: '' }) }, linkoping))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(portal.url, UPDATE, { id: '5b1f7d0e-0a51-4c1e-9a01-00000000abcd', v: 1, i: input() }, linkoping))).toEqual(['NOT_FOUND']);
  });

  it('shows each method only to whom its visibility allows; archived ones only to its own organisation', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const ids: Record<string, string> = {};
    for (const visibility of ['PRIVATE', 'REGION', 'PUBLIC']) ids[visibility] = (await create(linkoping, { name: `Synlighet ${visibility}`, visibility })).id;
    const readable = async (id: string, headers: Headers) => {
      const response = await gql<{ method: MethodNode }>(portal.url, GET, { id }, headers);
      return response.body.data?.method ? 'read' : errorCodes(response).join();
    };
    expect([await readable(ids.PRIVATE!, {}), await readable(ids.REGION!, {}), await readable(ids.PUBLIC!, {})]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'read']);
    expect([await readable(ids.PRIVATE!, norrkoping), await readable(ids.REGION!, norrkoping), await readable(ids.PUBLIC!, norrkoping)]).toEqual([
      'NOT_FOUND',
      'read',
      'read',
    ]);
    expect([await readable(ids.PRIVATE!, linkoping), await readable(ids.REGION!, linkoping), await readable(ids.PUBLIC!, linkoping)]).toEqual([
      'read',
      'read',
      'read',
    ]);
    // The same message for a private method as for one that does not exist.
    const hidden = await gql(portal.url, GET, { id: ids.PRIVATE }, norrkoping);
    const missing = await gql(portal.url, GET, { id: '5b1f7d0e-0a51-4c1e-9a01-00000000abcd' }, norrkoping);
    expect(hidden.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    expect((await gql<{ method: MethodNode }>(portal.url, GET, { id: ids.REGION }, norrkoping)).body.data?.method.canEdit).toBe(false);
    // The list says the same.
    const names = async (headers: Headers, filter: Record<string, unknown> = {}) =>
      (await list({ s: 'Synlighet', f: filter }, headers)).body.data!.methods.edges.map((e) => e.node.name).sort();
    expect(await names({})).toEqual(['Synlighet PUBLIC']);
    expect(await names(norrkoping)).toEqual(['Synlighet PUBLIC', 'Synlighet REGION']);
    expect(await names(linkoping)).toEqual(['Synlighet PRIVATE', 'Synlighet PUBLIC', 'Synlighet REGION']);
    // Archived: gone from the list, readable by id and in the list on request only by the owner.
    const archived = await gql<{ archiveMethod: { archived: boolean; version: number } }>(portal.url, ARCHIVE, { id: ids.PUBLIC }, linkoping);
    expect(archived.body.data?.archiveMethod).toEqual({ id: ids.PUBLIC, archived: true, version: 2 });
    expect(await readable(ids.PUBLIC!, {})).toBe('NOT_FOUND');
    expect(await readable(ids.PUBLIC!, norrkoping)).toBe('NOT_FOUND');
    expect(await readable(ids.PUBLIC!, linkoping)).toBe('read');
    expect(await names(linkoping)).toEqual(['Synlighet PRIVATE', 'Synlighet REGION']);
    expect(await names(linkoping, { includeArchived: true })).toEqual(['Synlighet PRIVATE', 'Synlighet PUBLIC', 'Synlighet REGION']);
    expect(await names(norrkoping, { includeArchived: true })).toEqual(['Synlighet REGION']);
    const restored = await gql<{ restoreMethod: { archived: boolean; version: number } }>(portal.url, RESTORE, { id: ids.PUBLIC }, linkoping);
    expect(restored.body.data?.restoreMethod).toEqual({ id: ids.PUBLIC, archived: false, version: 3 });
    expect(await readable(ids.PUBLIC!, {})).toBe('read');
    const history = await gql<{ methodHistory: Array<{ action: string }> }>(portal.url, HISTORY, { id: ids.PUBLIC }, linkoping);
    expect(history.body.data?.methodHistory.map((h) => h.action)).toEqual(['restored', 'archived', 'created']);
  });

  it('lets no other organisation update, archive, restore or link what is not its own', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const method = await create(linkoping, { name: 'Linköpings egen', visibility: 'PUBLIC' });
    const initiative = await createInitiative(linkoping, { title: 'Linköpings insats' });
    const theirs = await create(norrkoping, { name: 'Norrköpings metod', visibility: 'PUBLIC' });
    const attempts = [
      await gql(portal.url, UPDATE, { id: method.id, v: 1, i: input({ name: 'Kapad' }) }, norrkoping),
      await gql(portal.url, ARCHIVE, { id: method.id }, norrkoping),
      await gql(portal.url, RESTORE, { id: method.id }, norrkoping),
      await gql(portal.url, LINK, { i: initiative, m: theirs.id }, norrkoping),
      await gql(portal.url, UNLINK, { i: initiative, m: method.id }, norrkoping),
    ];
    for (const attempt of attempts) expect(errorCodes(attempt)).toEqual(['NOT_FOUND']);
    expect(attempts[0]!.body.errors?.[0]?.message).toBe('Metoden finns inte, eller så får du inte ändra den.');
    const stored = await gql<{ method: MethodNode }>(portal.url, GET, { id: method.id }, linkoping);
    expect(stored.body.data?.method).toMatchObject({ name: 'Linköpings egen', version: 1, archived: false });
    // A private method of another organisation cannot be linked, nor related to: the same answer as a missing one.
    const secret = await create(norrkoping, { name: 'Norrköpings hemliga metod', visibility: 'PRIVATE' });
    const linked = await gql(portal.url, LINK, { i: initiative, m: secret.id }, linkoping);
    expect(fieldErrors(linked)).toEqual({ methodId: 'Metoden finns inte, eller så har du inte tillgång till den.' });
    const related = await gql(portal.url, CREATE, { i: input({ relations: [{ kind: 'variant-of', methodId: secret.id }] }) }, linkoping);
    expect(fieldErrors(related)).toEqual({ 'relations.0.methodId': 'Den relaterade metoden finns inte, eller så har du inte tillgång till den.' });
  });

  it('relates methods both ways, naming a related method only to those who may read it', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const base = await create(norrkoping, { name: 'Grundmetoden', visibility: 'PUBLIC' });
    const variant = await create(linkoping, { name: 'Linköpings variant', visibility: 'PUBLIC', relations: [{ kind: 'variant-of', methodId: base.id }] });
    expect(variant.relations).toEqual([{ kind: 'variant-of', direction: 'OUTGOING', other: { id: base.id, name: 'Grundmetoden' } }]);
    const fromBase = await gql<{ method: MethodNode }>(portal.url, GET, { id: base.id });
    expect(fromBase.body.data?.method.relations).toEqual([
      { kind: 'variant-of', direction: 'INCOMING', other: { id: variant.id, name: 'Linköpings variant' } },
    ]);
    // The base becomes private: Linköping's variant no longer shows it, nor its name in the history.
    await gql(portal.url, UPDATE, { id: base.id, v: 1, i: input({ name: 'Grundmetoden', visibility: 'PRIVATE' }) }, norrkoping);
    const now = await gql<{ method: MethodNode }>(portal.url, GET, { id: variant.id }, linkoping);
    expect(now.body.data?.method.relations).toEqual([]);
    const history = worded(
      await gql<{ methodHistory: Array<{ changes: Array<{ field: string; after: string | null }> }> }>(portal.url, HISTORY, { id: variant.id }, linkoping),
    );
    const relationEntry = history.body.data?.methodHistory[0]?.changes.find((c) => c.field === 'relations');
    expect(relationEntry?.after).toBe('Variant av: en metod du inte har behörighet att se');
    expect(JSON.stringify(history.body)).not.toContain('Grundmetoden');
    // A method cannot relate to itself.
    const self = await gql(
      portal.url,
      UPDATE,
      { id: variant.id, v: 1, i: input({ name: 'Linköpings variant', relations: [{ kind: 'part-of', methodId: variant.id }] }) },
      linkoping,
    );
    expect(fieldErrors(self)).toEqual({ 'relations.0.methodId': 'En metod kan inte vara relaterad till sig själv.' });
  });

  it('links methods to an initiative and shows the initiatives, organisations and outcomes on the method, masking small counts', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const method = await create(linkoping, { name: 'Delad metod', visibility: 'PUBLIC' });
    const ownInitiative = await createInitiative(linkoping, {
      title: 'Linköpings användning',
      contactPerson: { name: 'Lina Lind', email: 'lina@linkoping.se' },
      participants: [{ period: '2024', women: 10, men: 8, toWork: 6, toStudies: 6 }],
    });
    const theirInitiative = await createInitiative(norrkoping, {
      title: 'Norrköpings användning',
      contactPerson: { name: 'Nils Norr', email: 'nils@norrkoping.se' },
      participants: [{ period: '2024', women: 6, men: 6, toWork: 5, toStudies: 1 }],
    });
    const hiddenInitiative = await createInitiative(norrkoping, {
      title: 'Norrköpings hemliga användning',
      visibility: 'PRIVATE',
      contactPerson: { name: 'Hemlig Person', email: 'hemlig@norrkoping.se' },
    });
    expect((await link(linkoping, ownInitiative, method.id)).methodRefs).toEqual([{ id: method.id, name: 'Delad metod' }]);
    // Linking twice is a no-op.
    expect((await link(linkoping, ownInitiative, method.id)).methodRefs).toHaveLength(1);
    await link(norrkoping, theirInitiative, method.id);
    await link(norrkoping, hiddenInitiative, method.id);

    type Use = {
      method: {
        usedBy: Array<{ initiative: { title: string; organization: { slug: string } } }>;
        organizationsUsing: Array<{ organization: { slug: string }; initiativeCount: number; contacts: Array<{ name: string }> }>;
        outcomes: Record<string, unknown>;
      };
    };
    const anonymous = await gql<Use>(portal.url, USE, { id: method.id });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data?.method.usedBy.map((u) => u.initiative.title).sort()).toEqual(['Linköpings användning', 'Norrköpings användning']);
    expect(anonymous.body.data?.method.organizationsUsing).toEqual([
      { organization: { slug: 'linkoping' }, initiativeCount: 1, contacts: [{ name: 'Lina Lind', email: 'lina@linkoping.se' }] },
      { organization: { slug: 'norrkoping' }, initiativeCount: 1, contacts: [{ name: 'Nils Norr', email: 'nils@norrkoping.se' }] },
    ]);
    // Norrköping's toStudies = 1 is under 5: hidden, so every sum that includes it is "dolt" too.
    expect(anonymous.body.data?.method.outcomes).toEqual({
      initiativeCount: 2,
      participants: { value: 30, display: '30' },
      toWork: { value: 11, display: '11' },
      toStudies: { value: null, display: 'dolt' },
    });
    expect(JSON.stringify(anonymous.body)).not.toContain('hemlig');
    // Norrköping sees its own private initiative, exactly, and Linköping's counts as they are.
    const own = await gql<Use>(portal.url, USE, { id: method.id }, norrkoping);
    expect(own.body.data?.method.usedBy).toHaveLength(3);
    expect(own.body.data?.method.organizationsUsing.find((u) => u.organization.slug === 'norrkoping')?.initiativeCount).toBe(2);
    // A small initiative of Linköping alone: its own counts exactly, others see "<5" (never "dolt" for a small sum).
    const lone = await create(linkoping, { name: 'Liten metod', visibility: 'PUBLIC' });
    const small = await createInitiative(linkoping, { title: 'Liten insats', participants: [{ period: '2024', women: 2, men: 7, toWork: 3, toStudies: 0 }] });
    await link(linkoping, small, lone.id);
    const exact = await gql<Use>(portal.url, USE, { id: lone.id }, linkoping);
    expect(exact.body.data?.method.outcomes).toEqual({
      initiativeCount: 1,
      participants: { value: 9, display: '9' },
      toWork: { value: 3, display: '3' },
      toStudies: { value: 0, display: '0' },
    });
    const masked = await gql<Use>(portal.url, USE, { id: lone.id }, norrkoping);
    expect(masked.body.data?.method.outcomes).toEqual({
      initiativeCount: 1,
      participants: { value: null, display: 'dolt' },
      toWork: { value: null, display: '<5' },
      toStudies: { value: 0, display: '0' },
    });
    await link(linkoping, ownInitiative, lone.id);
    // Initiative.methodRefs lists only readable methods; the owner unlinks.
    const secret = await create(linkoping, { name: 'Linköpings privata metod', visibility: 'PRIVATE' });
    await link(linkoping, ownInitiative, secret.id);
    const refs = async (headers: Headers) =>
      (
        await gql<{ initiative: { methodRefs: Array<{ name: string }> } }>(
          portal.url,
          'query($id: ID!) { initiative(id: $id) { methodRefs { name } } }',
          { id: ownInitiative },
          headers,
        )
      ).body.data?.initiative.methodRefs.map((m) => m.name);
    expect(await refs(linkoping)).toEqual(['Delad metod', 'Linköpings privata metod', 'Liten metod']);
    expect(await refs(norrkoping)).toEqual(['Delad metod', 'Liten metod']);
    const unlinked = await gql<{ unlinkInitiativeMethod: { methodRefs: Array<{ name: string }> } }>(
      portal.url,
      UNLINK,
      { i: ownInitiative, m: lone.id },
      linkoping,
    );
    expect(unlinked.body.data?.unlinkInitiativeMethod.methodRefs.map((m) => m.name)).toEqual(['Delad metod', 'Linköpings privata metod']);
  });

  it('records linking and unlinking in the initiative’s history, naming the method only to readers who may read it', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const shared = await create(linkoping, { name: 'Historikens delade metod', visibility: 'PUBLIC' });
    const secret = await create(linkoping, { name: 'Historikens privata metod', visibility: 'PRIVATE' });
    const initiative = await createInitiative(linkoping, { title: 'Initiativ med metodhistorik', visibility: 'REGION' });
    await link(linkoping, initiative, shared.id);
    await link(linkoping, initiative, secret.id);
    // A second link of the same method changes nothing, so it records nothing.
    await link(linkoping, initiative, secret.id);
    await gql(portal.url, UNLINK, { i: initiative, m: shared.id }, linkoping);
    const history = async (headers: Headers) => {
      const response = worded(
        await gql<{ initiativeHistory: Array<{ action: string; changes: unknown[] }> }>(
          portal.url,
          `query($id: ID!) { initiativeHistory(id: $id) { action ${CHANGES} } }`,
          { id: initiative },
          headers,
        ),
      );
      expect(response.body.errors).toBeUndefined();
      return { body: JSON.stringify(response.body), entries: response.body.data!.initiativeHistory.filter((h) => h.action.startsWith('method-')) };
    };
    const own = await history(linkoping);
    expect(own.entries).toEqual([
      { action: 'method-unlinked', changes: [{ field: 'methodRefs', before: 'Historikens delade metod', after: null }] },
      { action: 'method-linked', changes: [{ field: 'methodRefs', before: null, after: 'Historikens privata metod' }] },
      { action: 'method-linked', changes: [{ field: 'methodRefs', before: null, after: 'Historikens delade metod' }] },
    ]);
    const other = await history(norrkoping);
    expect(other.entries[1]).toEqual({
      action: 'method-linked',
      changes: [{ field: 'methodRefs', before: null, after: 'en metod du inte har behörighet att se' }],
    });
    expect(other.body).not.toContain('Historikens privata metod');
  });

  it('counts facets with the other filters applied, filters by the organisations using a method, and searches in Swedish', async () => {
    const linkoping = await as('projektledare.linkoping');
    const ydre = await as('projektledare.ydre');
    const sources = [{ title: 'Källa', kind: 'research' }];
    const a = await create(ydre, {
      name: 'Fasett språkombud',
      visibility: 'PUBLIC',
      themes: ['language-development'],
      evidenceLevel: 'promising',
      evidenceSources: sources,
      summary: 'Språkutvecklande arbetsplatser med undersköterskor.',
    });
    await create(ydre, {
      name: 'Fasett validering',
      visibility: 'PUBLIC',
      themes: ['validation', 'language-development'],
      evidenceLevel: 'research-supported',
      evidenceSources: sources,
    });
    await create(ydre, { name: 'Fasett utan nivå', visibility: 'PUBLIC', themes: ['validation'] });
    await create(ydre, { name: 'Fasett hemlig', visibility: 'PRIVATE', themes: ['validation'] });
    const initiative = await createInitiative(linkoping, { title: 'Använder språkombud' });
    await link(linkoping, initiative, a.id);

    const all = await list({ s: 'Fasett' });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.methods.totalCount).toBe(3);
    expect(all.body.data?.methods.facets['theme']).toEqual([
      { value: 'language-development', count: 2 },
      { value: 'validation', count: 2 },
    ]);
    expect(all.body.data?.methods.facets['evidenceLevel']).toEqual([
      { value: 'promising', count: 1 },
      { value: 'research-supported', count: 1 },
    ]);
    expect(all.body.data?.methods.facets['organization']).toEqual([{ value: 'ydre', count: 3 }]);
    expect(all.body.data?.methods.facets['usingOrganization']).toEqual([{ value: 'linkoping', count: 1 }]);
    const filtered = await list({ s: 'Fasett', f: { themes: ['validation'] } });
    expect(filtered.body.data?.methods.totalCount).toBe(2);
    // A facet is counted without its own filter, so the other themes stay visible.
    expect(filtered.body.data?.methods.facets['theme']).toEqual([
      { value: 'language-development', count: 2 },
      { value: 'validation', count: 2 },
    ]);
    expect(filtered.body.data?.methods.facets['evidenceLevel']).toEqual([{ value: 'research-supported', count: 1 }]);
    const used = await list({ f: { usingOrganizations: ['linkoping'] } });
    expect(used.body.data?.methods.edges.map((e) => e.node.name)).toContain('Fasett språkombud');
    expect(used.body.data?.methods.edges.map((e) => e.node.name)).not.toContain('Fasett validering');
    // Swedish stemming with accents folded: "underskoterska" finds "undersköterskor".
    const searched = await list({ s: 'underskoterska' });
    expect(searched.body.data?.methods.edges.map((e) => e.node.name)).toEqual(['Fasett språkombud']);
    // Part of a name, accents left out.
    expect((await list({ s: 'sprakomb' })).body.data?.methods.edges.map((e) => e.node.name)).toEqual(['Fasett språkombud']);
    // Unknown filter values are refused, naming the filter.
    const bad = await list({ f: { evidenceLevels: ['graded-by-us'], usingOrganizations: ['atlantis'] } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(['evidenceLevels', 'usingOrganizations']);
    // Keyset paging by name.
    const first = await list({ s: 'Fasett', n: 2, o: 'NAME' });
    const next = await list({ s: 'Fasett', n: 2, o: 'NAME', a: first.body.data?.methods.pageInfo.endCursor });
    expect([...first.body.data!.methods.edges, ...next.body.data!.methods.edges].map((e) => e.node.name)).toEqual([
      'Fasett språkombud',
      'Fasett utan nivå',
      'Fasett validering',
    ]);
    expect(next.body.data?.methods.pageInfo.hasNextPage).toBe(false);
  });

  it('resolves a page of 50 methods with as many SQL statements as a page of 5 (no N+1)', async () => {
    const linkoping = await as('projektledare.linkoping');
    const target = await create(linkoping, { name: 'Massmetod mål', visibility: 'PUBLIC' });
    const initiative = await createInitiative(linkoping, { title: 'Massinsats', participants: [{ period: '2024', women: 3, men: 3, toWork: 2 }] });
    for (let i = 0; i < 55; i++) {
      const method = await create(linkoping, { name: `Massmetod ${i}`, visibility: 'PUBLIC', relations: [{ kind: 'part-of', methodId: target.id }] });
      await link(linkoping, initiative, method.id);
    }
    const PAGE = `query($n: Int!) { methods(search: "Massmetod", first: $n) { totalCount edges { node { id name organization { name }
      relations { kind other { name } } usedBy { afterLifeStatus initiative { title organization { slug } followUps { status } } }
      organizationsUsing { organization { slug } contacts { name } } outcomes { toWork { display } } } }
      facets { theme { value count } usingOrganization { value count } } } }`;
    const statementsFor = async (n: number) => {
      const before = statementCount();
      const response = await gql<{ methods: { edges: unknown[] } }>(portal.url, PAGE, { n }, linkoping);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.methods.edges).toHaveLength(n);
      return statementCount() - before;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large).toBe(small);
    // BEGIN, settings, page, counts, organisations (twice: two features' caches), relations, uses, follow-ups, COMMIT and the guard's lookup.
    expect(large).toBeLessThanOrEqual(12);
  });

  it('turns free-text initiative methods into links: readable matches by folded name, else private methods of the initiative’s organisation', async () => {
    const linkoping = await as('projektledare.linkoping');
    const norrkoping = await as('projektledare.norrkoping');
    const publicMethod = await create(norrkoping, { name: 'Arbetsträning på riktiga arbetsplatser', visibility: 'PUBLIC' });
    await create(norrkoping, { name: 'Hemlig fritextmetod', visibility: 'PRIVATE' });
    const initiative = await createInitiative(linkoping, {
      title: 'Fritextinsats',
      methods: ['arbetstraning pa riktiga  arbetsplatser', 'Hemlig fritextmetod', 'Egen fritextmetod', 'EGEN FRITEXTMETOD'],
    });
    const second = await createInitiative(linkoping, { title: 'Fritextinsats 2', methods: ['Egen fritextmetod'] });
    // Run the migration again, as at start-up on a database that has free-text methods.
    const dataSource = new DataSource(dataSourceOptions(portal.database.ownerUrl, 'methods-migration-test'));
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new InitiativeMethodsFromText1796270001000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
    const refs = async (id: string) =>
      (
        await gql<{ initiative: { methods: string[]; methodRefs: Array<{ id: string; name: string; visibility: string; organization: { slug: string } }> } }>(
          portal.url,
          'query($id: ID!) { initiative(id: $id) { methods methodRefs { id name visibility organization { slug } } } }',
          { id },
          linkoping,
        )
      ).body.data!.initiative;
    const first = await refs(initiative);
    // Nothing lost: the text stays as it was.
    expect(first.methods).toEqual(['arbetstraning pa riktiga arbetsplatser', 'Hemlig fritextmetod', 'Egen fritextmetod']);
    expect(first.methodRefs.map((m) => [m.name, m.visibility, m.organization.slug])).toEqual([
      ['Arbetsträning på riktiga arbetsplatser', 'PUBLIC', 'norrkoping'],
      ['Egen fritextmetod', 'PRIVATE', 'linkoping'],
      // Norrköping's private method is not readable to Linköping: Linköping gets its own.
      ['Hemlig fritextmetod', 'PRIVATE', 'linkoping'],
    ]);
    expect(first.methodRefs[0]!.id).toBe(publicMethod.id);
    // One created method per organisation and name, shared by both initiatives.
    const again = await refs(second);
    expect(again.methodRefs.map((m) => m.id)).toEqual([first.methodRefs[1]!.id]);
    const history = await gql<{ methodHistory: Array<{ action: string; actorName: string }> }>(portal.url, HISTORY, { id: first.methodRefs[1]!.id }, linkoping);
    expect(history.body.data?.methodHistory).toMatchObject([{ action: 'created', actorName: 'Migrering' }]);
  });
});
