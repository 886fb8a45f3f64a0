import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { REGION_OVERVIEW_REFERENCE_SQL } from '@portal/api/dist/region-overview/region-overview-reference.sql.js';
import { regionOverviewParameters, type RegionOverviewRow } from '@portal/api/dist/region-overview/region-overview.sql.js';
import { toRegionOverview } from '@portal/api/dist/region-overview/region-overview.service.js';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql } from '../support/graphql-client.js';

const COUNTS = `women { value display } men { value display } otherOrUnknown { value display } total { value display }`;
const OVERVIEW = `query($f: RegionOverviewFilter) { regionOverview(filter: $f) {
  initiativeCount runningCount
  followUps { endedCount endedWithFollowUpCount dueCount dueRecordedCount }
  fundingByFunderType { funderType amountSek initiativeCount }
  fundingByYear { year funderType amountSek }
  themes { theme initiativeCount amountSek }
  organizations { slug name kind municipalityCode initiativeCount ownedCount participants { ${COUNTS} } }
  themeCoverage { term organization count }
  targetGroupCoverage { term organization count }
  participants { ${COUNTS} }
  afterLife { group status count }
  afterLifeByFunderType { group status count }
  afterLifeByKind { group status count }
} }`;
const CREATE = `mutation($i: InitiativeInput!) { createInitiative(input: $i) { id followUps { id milestone } } }`;
const RECORD = `mutation($id: ID!, $i: FollowUpInput!) { recordFollowUp(id: $id, input: $i) { status } }`;

type Headers = Record<string, string>;
interface Count {
  value: number | null;
  display: string;
}
interface Gender {
  women: Count;
  men: Count;
  otherOrUnknown: Count;
  total: Count;
}
interface Overview {
  initiativeCount: number;
  runningCount: number;
  followUps: { endedCount: number; endedWithFollowUpCount: number; dueCount: number; dueRecordedCount: number };
  fundingByFunderType: Array<{ funderType: string; amountSek: number; initiativeCount: number }>;
  fundingByYear: Array<{ year: number; funderType: string; amountSek: number }>;
  themes: Array<{ theme: string; initiativeCount: number; amountSek: number }>;
  organizations: Array<{
    slug: string;
    name: string;
    kind: string;
    municipalityCode: string;
    initiativeCount: number;
    ownedCount: number;
    participants: Gender;
  }>;
  themeCoverage: Array<{ term: string; organization: string; count: number }>;
  targetGroupCoverage: Array<{ term: string; organization: string; count: number }>;
  participants: Gender;
  afterLife: Array<{ group: string; status: string; count: number }>;
  afterLifeByFunderType: Array<{ group: string; status: string; count: number }>;
  afterLifeByKind: Array<{ group: string; status: string; count: number }>;
}

const period = (women: number, men: number, otherOrUnknown = 0) => ({ period: '2024', women, men, otherOrUnknown });
const displays = (g: Gender) => [g.women.display, g.men.display, g.otherOrUnknown.display, g.total.display];

describe('the region overview', () => {
  let portal: TestPortal;
  const tokens = new Map<string, Headers>();
  const as = async (username: string): Promise<Headers> => {
    if (username === 'anonymous') return {};
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username })).access_token}` });
    return tokens.get(username)!;
  };
  const overview = async (username: string, filter: Record<string, unknown> | null = null): Promise<Overview> => {
    const response = await gql<{ regionOverview: Overview }>(portal.url, OVERVIEW, { f: filter }, await as(username));
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.regionOverview;
  };
  const create = async (username: string, input: Record<string, unknown>) => {
    const response = await gql<{ createInitiative: { id: string; followUps: Array<{ id: string; milestone: string }> } }>(
      portal.url,
      CREATE,
      { i: { kind: 'pilot', status: 'ongoing', startDate: '2024-01-01', ...input } },
      await as(username),
    );
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!.createInitiative;
  };
  const organization = (o: Overview, slug: string) => o.organizations.find((x) => x.slug === slug)!;

  beforeAll(async () => {
    portal = await startTestPortal({ name: 'region-overview', identity: true });
    // Linköping: public (with Norrköping as partner), private, and an ended region-wide one with a follow-up.
    await create('projektledare.linkoping', {
      title: 'Validering i vården',
      visibility: 'PUBLIC',
      themes: ['validation'],
      targetGroups: ['long-term-unemployed'],
      partners: [{ role: 'partner', organization: 'norrkoping' }],
      fundingLines: [{ funderType: 'esf-plus', amountSek: 100000, status: 'granted' }],
      participants: [period(3, 10)],
    });
    await create('projektledare.linkoping', {
      title: 'Hemlig språksatsning',
      visibility: 'PRIVATE',
      themes: ['language-development'],
      targetGroups: ['newly-arrived'],
      fundingLines: [{ funderType: 'own-budget', amountSek: 50000, status: 'granted' }],
      participants: [period(20, 20)],
    });
    const ended = await create('projektledare.linkoping', {
      title: 'Förstudie om handledare',
      visibility: 'REGION',
      kind: 'pre-study',
      status: 'completed',
      startDate: '2021-01-01',
      endDate: '2022-06-30',
      themes: ['supervision'],
      fundingLines: [
        { funderType: 'state-grant', amountSek: 200000, status: 'granted' },
        { funderType: 'esf-plus', amountSek: 999999, status: 'applied' },
      ],
    });
    const twoYears = ended.followUps.find((f) => f.milestone === '2-years')!;
    const recorded = await gql(
      portal.url,
      RECORD,
      { id: twoYears.id, i: { status: 'implemented', livesOn: 'Handledarnätverket' } },
      await as('projektledare.linkoping'),
    );
    expect(recorded.body.errors, JSON.stringify(recorded.body.errors)).toBeUndefined();
    // Norrköping: public with a small cell; Ydre: private.
    await create('projektledare.norrkoping', {
      title: 'Validering i Norrköping',
      visibility: 'PUBLIC',
      themes: ['validation'],
      targetGroups: ['long-term-unemployed'],
      fundingLines: [{ funderType: 'esf-plus', amountSek: 40000, status: 'granted' }],
      participants: [period(2, 7)],
    });
    await create('projektledare.ydre', {
      title: 'Ydres hemliga pilot',
      visibility: 'PRIVATE',
      themes: ['language-development'],
      fundingLines: [{ funderType: 'own-budget', amountSek: 70000, status: 'granted' }],
      participants: [period(1, 1)],
    });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('counts only public initiatives for an anonymous reader', async () => {
    const o = await overview('anonymous');
    expect(o.initiativeCount).toBe(2);
    expect(o.runningCount).toBe(2);
    expect(o.fundingByFunderType).toEqual([{ funderType: 'esf-plus', amountSek: 140000, initiativeCount: 2 }]);
    expect(o.followUps.endedCount).toBe(0);
    // Owner and partner: Linköping's public initiative counts in Norrköping too.
    expect(organization(o, 'linkoping')).toMatchObject({ initiativeCount: 1, ownedCount: 1 });
    expect(organization(o, 'norrkoping')).toMatchObject({ initiativeCount: 2, ownedCount: 1 });
    expect(organization(o, 'ydre')).toMatchObject({ initiativeCount: 0, ownedCount: 0 });
    expect(o.themeCoverage.sort((a, b) => a.organization.localeCompare(b.organization))).toEqual([
      { term: 'validation', organization: 'linkoping', count: 1 },
      { term: 'validation', organization: 'norrkoping', count: 2 },
    ]);
    expect(o.themes.map((t) => t.theme)).toEqual(['validation']);
  });

  it('counts public and region-wide initiatives for the region coordinator, never another organisation’s private one', async () => {
    const o = await overview('samordnare.region');
    expect(o.initiativeCount).toBe(3);
    expect(o.runningCount).toBe(2);
    expect(o.fundingByFunderType).toEqual([
      { funderType: 'esf-plus', amountSek: 140000, initiativeCount: 2 },
      { funderType: 'state-grant', amountSek: 200000, initiativeCount: 1 },
    ]);
    expect(o.fundingByYear).toEqual([
      { year: 2021, funderType: 'state-grant', amountSek: 200000 },
      { year: 2024, funderType: 'esf-plus', amountSek: 140000 },
    ]);
    // Neither private initiative (Linköping's language initiative, Ydre's pilot) leaves a trace.
    expect(o.themes.find((t) => t.theme === 'language-development')).toBeUndefined();
    expect(o.themeCoverage.find((c) => c.term === 'language-development')).toBeUndefined();
    expect(o.targetGroupCoverage.find((c) => c.term === 'newly-arrived')).toBeUndefined();
    expect(o.fundingByFunderType.find((f) => f.funderType === 'own-budget')).toBeUndefined();
    expect(organization(o, 'ydre').initiativeCount).toBe(0);
    expect(organization(o, 'linkoping')).toMatchObject({ initiativeCount: 2, ownedCount: 2 });
    // The ended pre-study: its 2-year follow-up recorded as implemented.
    expect(o.followUps).toEqual({ endedCount: 1, endedWithFollowUpCount: 1, dueCount: 3, dueRecordedCount: 1 });
    expect(o.afterLife).toEqual([{ group: '', status: 'implemented', count: 1 }]);
    expect(o.afterLifeByFunderType).toEqual([
      { group: 'esf-plus', status: 'implemented', count: 1 },
      { group: 'state-grant', status: 'implemented', count: 1 },
    ]);
    expect(o.afterLifeByKind).toEqual([{ group: 'pre-study', status: 'implemented', count: 1 }]);
  });

  it('counts the own private initiatives for their organisation, and other organisations’ region-wide ones', async () => {
    const norrkoping = await overview('projektledare.norrkoping');
    expect(norrkoping.initiativeCount).toBe(3);
    expect(norrkoping.themes.find((t) => t.theme === 'language-development')).toBeUndefined();
    const linkoping = await overview('projektledare.linkoping');
    expect(linkoping.initiativeCount).toBe(4);
    expect(linkoping.themes.find((t) => t.theme === 'language-development')).toEqual({ theme: 'language-development', initiativeCount: 1, amountSek: 50000 });
    expect(organization(linkoping, 'ydre').initiativeCount).toBe(0);
    const ydre = await overview('projektledare.ydre');
    expect(organization(ydre, 'ydre')).toMatchObject({ initiativeCount: 1, ownedCount: 1 });
    expect(organization(ydre, 'linkoping').initiativeCount).toBe(2);
  });

  it('hides small cells in every participant sum, and totals that would give them away', async () => {
    // Linköping 3 women / 10 men, Norrköping 2 / 7: both women's counts are under 5 for outsiders.
    const anonymous = await overview('anonymous');
    expect(displays(anonymous.participants)).toEqual(['dolt', '17', '0', 'dolt']);
    expect(anonymous.participants.women.value).toBeNull();
    expect(anonymous.participants.total.value).toBeNull();
    expect(displays(organization(anonymous, 'linkoping').participants)).toEqual(['<5', '10', '0', 'dolt']);
    expect(displays(organization(anonymous, 'norrkoping').participants)).toEqual(['<5', '7', '0', 'dolt']);

    const region = await overview('samordnare.region');
    expect(displays(region.participants)).toEqual(['dolt', '17', '0', 'dolt']);
    expect(displays(organization(region, 'linkoping').participants)).toEqual(['<5', '10', '0', 'dolt']);

    // Norrköping reads its own counts exactly, not Linköping's: the overall sum still has a hidden part.
    const norrkoping = await overview('projektledare.norrkoping');
    expect(displays(organization(norrkoping, 'norrkoping').participants)).toEqual(['2', '7', '0', '9']);
    expect(displays(organization(norrkoping, 'linkoping').participants)).toEqual(['<5', '10', '0', 'dolt']);
    expect(displays(norrkoping.participants)).toEqual(['dolt', '17', '0', 'dolt']);

    // Linköping: its own two exactly (3 + 20 women, 10 + 20 men), Norrköping's small cell still hides the overall women and total.
    const linkoping = await overview('projektledare.linkoping');
    expect(displays(organization(linkoping, 'linkoping').participants)).toEqual(['23', '30', '0', '53']);
    expect(displays(linkoping.participants)).toEqual(['dolt', '37', '0', 'dolt']);

    // A filter that leaves only small cells: the sum itself is small.
    const small = await overview('anonymous', { organizations: ['norrkoping'] });
    expect(displays(small.participants)).toEqual(['<5', '7', '0', 'dolt']);
    // Ydre's private 1 + 1 is never counted by others, however filtered.
    const ydreOnly = await overview('samordnare.region', { organizations: ['ydre'] });
    expect(ydreOnly.initiativeCount).toBe(0);
    expect(displays(ydreOnly.participants)).toEqual(['0', '0', '0', '0']);
  });

  it('applies the filters to every figure', async () => {
    const byTheme = await overview('samordnare.region', { themes: ['supervision'] });
    expect(byTheme.initiativeCount).toBe(1);
    expect(byTheme.fundingByFunderType).toEqual([{ funderType: 'state-grant', amountSek: 200000, initiativeCount: 1 }]);
    expect(byTheme.themeCoverage).toEqual([{ term: 'supervision', organization: 'linkoping', count: 1 }]);
    const period = await overview('samordnare.region', { fromYear: 2023, toYear: 2025 });
    expect(period.initiativeCount).toBe(2);
    expect(period.followUps.endedCount).toBe(0);
    const kind = await overview('samordnare.region', { kinds: ['pre-study'] });
    expect(kind.initiativeCount).toBe(1);
    const funder = await overview('samordnare.region', { funderTypes: ['esf-plus'] });
    // Only lines of the chosen type count: the pre-study's ESF line was only applied for.
    expect(funder.initiativeCount).toBe(3);
    expect(funder.fundingByFunderType).toEqual([{ funderType: 'esf-plus', amountSek: 140000, initiativeCount: 2 }]);
    const targetGroup = await overview('anonymous', { targetGroups: ['long-term-unemployed'] });
    expect(targetGroup.targetGroupCoverage.map((c) => c.organization).sort()).toEqual(['linkoping', 'norrkoping']);
  });

  // Every kind; forces the filtered statement (over the narrow copy) instead of the pre-counted facts, with the same rows.
  const ALL_KINDS = { kinds: ['pre-study', 'method-development', 'implementation', 'pilot', 'standing-programme'] };
  const READERS = ['anonymous', 'samordnare.region', 'projektledare.linkoping', 'projektledare.norrkoping', 'projektledare.ydre'];

  /**
   * What the reference statement (over `initiative` itself) gives under the settings the API sets
   * for this reader (request-database.ts), as portal_app in a rolled-back transaction.
   */
  const reference = async (username: string, filter: Record<string, unknown>): Promise<Overview> => {
    const headers = await as(username);
    const token = headers['authorization']?.slice('Bearer '.length);
    const claims = token ? (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>) : {};
    const memberships = claims['organization'];
    const slugs = Array.isArray(memberships) ? (memberships as string[]) : Object.keys((memberships as Record<string, unknown> | undefined) ?? {});
    const client = new pg.Client({ connectionString: portal.database.appUrl });
    await client.connect();
    try {
      const active = slugs[0] ? ((await client.query(`SELECT id FROM organization WHERE slug = $1`, [slugs[0]])).rows[0]?.id as string) : null;
      const roles = ((claims['realm_access'] as { roles?: string[] } | undefined)?.roles ?? []).join(',');
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', $3, true), set_config('app.member', $4, true)`,
        [typeof claims['sub'] === 'string' ? claims['sub'] : '', active ?? '', roles, active ? 'on' : ''],
      );
      const f = (key: string) => (filter[key] as never) ?? null;
      const { rows } = await client.query<RegionOverviewRow>(
        REGION_OVERVIEW_REFERENCE_SQL,
        regionOverviewParameters({
          exactOrganizationId: active,
          fromYear: f('fromYear'),
          toYear: f('toYear'),
          themes: f('themes'),
          targetGroups: f('targetGroups'),
          funderTypes: f('funderTypes'),
          kinds: f('kinds'),
          organizations: f('organizations'),
          threshold: 5,
        }),
      );
      return toRegionOverview(rows[0]!) as Overview;
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  };
  const FILTERS: Record<string, Record<string, unknown>> = {
    theme: { themes: ['validation'] },
    kind: { kinds: ['pilot'] },
    fromYear: { fromYear: 2024 },
    funderType: { funderTypes: ['esf-plus'] },
    themeAndKind: { themes: ['supervision'], kinds: ['pre-study'] },
    period: { fromYear: 2021, toYear: 2023 },
    targetGroup: { targetGroups: ['newly-arrived'] },
  };

  it('answers every filter as the reference statement over the initiatives does, for every kind of reader', async () => {
    for (const reader of READERS) {
      for (const [name, filter] of Object.entries(FILTERS))
        expect(await overview(reader, filter), `${reader} ${name}`).toEqual(await reference(reader, filter));
      expect(await overview(reader), `${reader} unfiltered`).toEqual(await reference(reader, {}));
    }
  });

  it('answers the unfiltered view from the pre-counted facts exactly as from the initiatives, for every kind of reader', async () => {
    for (const reader of READERS) expect(await overview(reader), reader).toEqual(await overview(reader, ALL_KINDS));
    // Filtered by owning organisation, the facts answer too.
    for (const reader of READERS) {
      for (const organizations of [['linkoping'], ['norrkoping', 'ydre']]) {
        expect(await overview(reader, { organizations }), `${reader} ${organizations.join()}`).toEqual(await overview(reader, { organizations, ...ALL_KINDS }));
      }
    }
  });

  it('keeps the facts in step when an initiative changes visibility, is archived and restored', async () => {
    const linkoping = await as('projektledare.linkoping');
    const created = await create('projektledare.linkoping', {
      title: 'Tillfällig insats',
      visibility: 'PUBLIC',
      themes: ['adult-education'],
      partners: [{ role: 'partner', organization: 'ydre' }],
      fundingLines: [{ funderType: 'region', amountSek: 5000, status: 'granted' }],
      participants: [period(6, 1)],
    });
    const before = await overview('anonymous');
    expect(before.initiativeCount).toBe(3);
    expect(organization(before, 'ydre').initiativeCount).toBe(1);
    const read = await gql<{ initiative: { version: number } }>(
      portal.url,
      `query($id: ID!) { initiative(id: $id) { version } }`,
      { id: created.id },
      linkoping,
    );
    const update = await gql<{ updateInitiative: { version: number } }>(
      portal.url,
      `mutation($id: ID!, $v: Int!, $i: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { version } }`,
      {
        id: created.id,
        v: read.body.data!.initiative.version,
        i: { title: 'Tillfällig insats', kind: 'pilot', status: 'ongoing', startDate: '2024-01-01', visibility: 'PRIVATE', themes: ['adult-education'] },
      },
      linkoping,
    );
    expect(update.body.errors, JSON.stringify(update.body.errors)).toBeUndefined();
    for (const reader of READERS) expect(await overview(reader), reader).toEqual(await overview(reader, ALL_KINDS));
    expect((await overview('anonymous')).initiativeCount).toBe(2);
    expect((await overview('projektledare.linkoping')).themes.find((t) => t.theme === 'adult-education')?.initiativeCount).toBe(1);
    const archived = await gql(portal.url, `mutation($id: ID!) { archiveInitiative(id: $id) { id } }`, { id: created.id }, linkoping);
    expect(archived.body.errors, JSON.stringify(archived.body.errors)).toBeUndefined();
    expect((await overview('projektledare.linkoping')).themes.find((t) => t.theme === 'adult-education')).toBeUndefined();
    for (const reader of READERS) expect(await overview(reader), reader).toEqual(await overview(reader, ALL_KINDS));
    const restored = await gql(portal.url, `mutation($id: ID!) { restoreInitiative(id: $id) { id } }`, { id: created.id }, linkoping);
    expect(restored.body.errors, JSON.stringify(restored.body.errors)).toBeUndefined();
    expect((await overview('projektledare.linkoping')).themes.find((t) => t.theme === 'adult-education')?.initiativeCount).toBe(1);
    // Archive it again, so the other tests see the data they were written for.
    await gql(portal.url, `mutation($id: ID!) { archiveInitiative(id: $id) { id } }`, { id: created.id }, linkoping);
  });

  it('opens the register with exactly the initiatives a cell or a municipality counts: owner or partner', async () => {
    const REGISTER = `query($s: String, $f: InitiativeFilter) { initiatives(first: 50, search: $s, filter: $f) { totalCount edges { node { title } } } }`;
    const register = async (reader: string, filter: Record<string, unknown>, search: string | null = null) => {
      const response = await gql<{ initiatives: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(
        portal.url,
        REGISTER,
        { s: search, f: filter },
        await as(reader),
      );
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return response.body.data!.initiatives;
    };
    for (const reader of READERS) {
      const o = await overview(reader);
      for (const cell of o.themeCoverage) {
        expect(
          (await register(reader, { themes: [cell.term], participants: [cell.organization] })).totalCount,
          `${reader} ${cell.term} ${cell.organization}`,
        ).toBe(cell.count);
      }
      for (const row of o.organizations) {
        expect((await register(reader, { participants: [row.slug] })).totalCount, `${reader} ${row.slug}`).toBe(row.initiativeCount);
      }
    }
    // Norrköping takes part in Linköping's public initiative as a partner: both show, with a search too.
    const norrkoping = await register('anonymous', { participants: ['norrkoping'] }, 'validering');
    expect(norrkoping.edges.map((e) => e.node.title).sort()).toEqual(['Validering i Norrköping', 'Validering i vården']);
    expect((await register('anonymous', { participants: ['norrkoping'], organizations: ['linkoping'] })).totalCount).toBe(1);
    const unknown = await gql(portal.url, REGISTER, { f: { participants: ['no-such-organisation'] } });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys((unknown.body.errors?.[0]?.extensions?.['fieldErrors'] ?? {}) as object)).toEqual(['participants']);
  });

  it('keeps the filtered views equal to the reference after visibility, partner and funding changes and an archive', async () => {
    const norrkoping = await as('projektledare.norrkoping');
    const created = await create('projektledare.norrkoping', {
      title: 'Språk och validering',
      visibility: 'REGION',
      kind: 'implementation',
      themes: ['validation', 'language-development'],
      targetGroups: ['newly-arrived'],
      partners: [{ role: 'partner', organization: 'linkoping' }],
      fundingLines: [
        { funderType: 'esf-plus', amountSek: 300000, status: 'granted' },
        { funderType: 'region', amountSek: 20000, status: 'applied' },
      ],
      participants: [period(4, 12), { ...period(9, 0, 2), period: '2025' }],
    });
    const base = {
      title: 'Språk och validering',
      kind: 'implementation',
      status: 'ongoing',
      startDate: '2024-01-01',
      themes: ['validation', 'language-development'],
    };
    const update = async (input: Record<string, unknown>) => {
      const read = await gql<{ initiative: { version: number } }>(
        portal.url,
        `query($id: ID!) { initiative(id: $id) { version } }`,
        { id: created.id },
        norrkoping,
      );
      const response = await gql(
        portal.url,
        `mutation($id: ID!, $v: Int!, $i: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { version } }`,
        { id: created.id, v: read.body.data!.initiative.version, i: { ...base, ...input } },
        norrkoping,
      );
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    };
    const compare = async (step: string) => {
      for (const reader of READERS) {
        for (const [name, filter] of Object.entries(FILTERS)) {
          expect(await overview(reader, filter), `${step}: ${reader} ${name}`).toEqual(await reference(reader, filter));
        }
      }
    };
    await compare('created');
    // Linköping's own two with an ESF line (one only applied for) and this one, as a partner.
    expect((await overview('projektledare.linkoping', FILTERS['funderType'])).organizations.find((o) => o.slug === 'linkoping')?.initiativeCount).toBe(3);
    // Public, Ydre instead of Linköping as partner, the applied line granted and a new type.
    await update({
      visibility: 'PUBLIC',
      targetGroups: ['newly-arrived'],
      partners: [{ role: 'partner', organization: 'ydre' }],
      fundingLines: [
        { funderType: 'esf-plus', amountSek: 300000, status: 'granted' },
        { funderType: 'region', amountSek: 20000, status: 'granted' },
        { funderType: 'county-board', amountSek: 7000, status: 'granted' },
      ],
      participants: [period(4, 12), { ...period(9, 0, 2), period: '2025' }],
    });
    await compare('public, partner and funding changed');
    expect((await overview('anonymous', FILTERS['theme'])).fundingByFunderType.find((f) => f.funderType === 'county-board')?.amountSek).toBe(7000);
    // Private, no partners, no funding.
    await update({ visibility: 'PRIVATE', participants: [period(4, 12)] });
    await compare('private, partners and funding removed');
    const archived = await gql(portal.url, `mutation($id: ID!) { archiveInitiative(id: $id) { id } }`, { id: created.id }, norrkoping);
    expect(archived.body.errors, JSON.stringify(archived.body.errors)).toBeUndefined();
    await compare('archived');
  });

  it('refuses unknown codes and impossible periods with field errors', async () => {
    const response = await gql(portal.url, OVERVIEW, { f: { themes: ['no-such-theme'], fromYear: 2030, toYear: 2020 } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const fieldErrors = response.body.errors?.[0]?.extensions?.['fieldErrors'] as Record<string, string>;
    expect(Object.keys(fieldErrors).sort()).toEqual(['themes', 'toYear']);
  });
});
