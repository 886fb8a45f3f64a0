import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSyntheticInitiatives } from '@portal/api/dist/initiatives/demo/synthetic-initiatives.js';
import { INITIATIVE_LIST, type InitiativeFacetName, type InitiativeOrder } from '@portal/api/dist/initiatives/initiative-list.definition.js';
import { ListEngine, type OrganizationDirectory } from '@portal/api/dist/list/list-engine.js';
import { selectedFields } from '@portal/api/dist/graphql/selection.js';
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { startTestPortal, type TestPortal } from '../support/test-portal.js';

/**
 * The register's search (app.search_initiatives over the narrow initiative_search table, the
 * list engine's page and counts) against a plain reference: a simple query over `initiative`
 * under row-level security with the search rule written out (full text or substring; near misses
 * by trigram only when nothing matches), with ordering, paging, totals and facets computed here.
 * Every page order, total and facet count must agree, for several words, filters and readers.
 */

interface Reader {
  userId?: string;
  organizationId?: string;
  member?: boolean;
}

interface ReferenceRow {
  id: string;
  rank: string;
  title_order: number;
  status: string;
  kind: string;
  themes: string[];
  target_groups: string[];
  funder_types: string[];
  organization_id: string;
  start_year: number | null;
  archived: boolean;
}

const REFERENCE_SQL = `
  WITH q AS (
    SELECT websearch_to_tsquery('app.swedish_unaccent', $1) AS ts, app.fold($1) AS folded,
           '%' || replace(replace(replace(app.fold($1), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern
  ), exact AS (
    SELECT i.id, CASE WHEN i.search_vector @@ q.ts THEN round((1 + ts_rank(i.search_vector, q.ts))::numeric, 6) ELSE 0.5 END AS rank
      FROM initiative i, q
     WHERE i.search_vector @@ q.ts OR i.search_text LIKE q.pattern
  ), near AS (
    SELECT i.id, round((word_similarity(q.folded, i.search_text) / 2)::numeric, 6) AS rank
      FROM initiative i, q
     WHERE q.folded <% i.search_text AND NOT EXISTS (SELECT 1 FROM exact)
  ), matched AS (SELECT * FROM exact UNION ALL SELECT * FROM near)
  SELECT i.id, m.rank::text AS rank, row_number() OVER (ORDER BY i.title COLLATE "sv-SE-x-icu", i.id)::int AS title_order,
         i.status, i.kind, i.themes, i.target_groups, i.funder_types, i.organization_id,
         extract(year FROM i.start_date)::int AS start_year, i.archived_at IS NOT NULL AS archived
    FROM matched m JOIN initiative i ON i.id = m.id`;

type Filter = { statuses?: string[]; themes?: string[]; funderTypes?: string[]; organizations?: string[]; startYears?: number[]; includeArchived?: boolean };
const FACETS = ['status', 'kind', 'theme', 'targetGroup', 'funderType', 'organization', 'startYear'] as const;
type Facet = (typeof FACETS)[number];

const ENGINE = new ListEngine<InitiativeFacetName, InitiativeOrder>(INITIATIVE_LIST);

let portal: TestPortal;
let superuser: pg.Client;
let app: pg.Client;
let directory: OrganizationDirectory;
const orgIds: Record<string, string> = {};

async function asReader<T>(reader: Reader, body: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    await app.query(
      `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', $3, true), set_config('app.member', $4, true)`,
      [reader.userId ?? '', reader.organizationId ?? '', reader.userId ? 'portal-user' : '', reader.userId && reader.member !== false ? 'on' : ''],
    );
    return await body();
  } finally {
    await app.query('ROLLBACK');
  }
}

const manager = { query: async (sql: string, params?: unknown[]) => (await app.query(sql, params)).rows } as never;

/** What the reference says for one facet: rows passing every other filter, counted by value. */
function facetOf(rows: ReferenceRow[], facet: Facet, filter: Filter): Array<{ value: string; count: number }> {
  const values = (row: ReferenceRow): string[] => {
    switch (facet) {
      case 'status':
        return [row.status];
      case 'kind':
        return [row.kind];
      case 'theme':
        return row.themes;
      case 'targetGroup':
        return row.target_groups;
      case 'funderType':
        return row.funder_types;
      case 'organization':
        return [directory.slugOf(row.organization_id) ?? ''];
      case 'startYear':
        return row.start_year === null ? [] : [String(row.start_year)];
    }
  };
  const counts = new Map<string, number>();
  for (const row of rows.filter((r) => passes(r, filter, facet))) for (const v of new Set(values(row))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv'));
}

function passes(row: ReferenceRow, filter: Filter, skip: Facet | null = null): boolean {
  if (!filter.includeArchived && row.archived) return false;
  const any = (chosen: readonly (string | number)[] | undefined, have: readonly (string | number)[]) => !chosen?.length || have.some((v) => chosen.includes(v));
  return (
    (skip === 'status' || any(filter.statuses, [row.status])) &&
    (skip === 'theme' || any(filter.themes, row.themes)) &&
    (skip === 'funderType' || any(filter.funderTypes, row.funder_types)) &&
    (skip === 'organization' ||
      any(
        filter.organizations?.map((s) => orgIds[s]!),
        [row.organization_id],
      )) &&
    (skip === 'startYear' || any(filter.startYears, row.start_year === null ? [] : [row.start_year]))
  );
}

beforeAll(async () => {
  portal = await startTestPortal({ name: 'initiative-search' });
  await insertSyntheticInitiatives(portal.database.ownerUrl, 2500, { seed: 7 });
  superuser = new pg.Client({ connectionString: portal.database.superuserUrl.replace(/\/postgres$/, '/portal') });
  await superuser.connect();
  // Some archived rows of every organisation and visibility; the trigger keeps the copy.
  await superuser.query(`UPDATE initiative SET archived_at = now() WHERE abs(hashtext(id::text)) % 12 = 0`);
  // A substring-only match: a name in the trigram text that no full-text lexeme has.
  await superuser.query(
    `UPDATE initiative SET funding = funding || '[{"funderType": "esf-plus", "registryNumber": "ZX-2026-77"}]'::jsonb WHERE abs(hashtext(id::text)) % 40 = 1`,
  );
  await superuser.query('ANALYZE');
  const orgs = (await superuser.query<{ id: string; slug: string }>('SELECT id, slug FROM organization')).rows;
  for (const o of orgs) orgIds[o.slug] = o.id;
  const slugs = new Map(orgs.map((o) => [o.id, o.slug]));
  directory = { idOf: (slug) => orgIds[slug], slugOf: (id) => slugs.get(id) };
  app = new pg.Client({ connectionString: portal.database.appUrl });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await superuser?.end();
  await portal?.stop();
});

describe('register search', () => {
  it('keeps initiative_search equal to initiative, column by column, after inserts and updates', async () => {
    const columns = `id, organization_id, visibility, archived_at, status, kind, themes, target_groups, funder_types, start_date, title, updated_at, search_text, search_vector`;
    const { rows } = await superuser.query(
      `SELECT count(*)::int AS n FROM ((SELECT ${columns} FROM initiative EXCEPT SELECT ${columns} FROM initiative_search)
                                UNION ALL (SELECT ${columns} FROM initiative_search EXCEPT SELECT ${columns} FROM initiative)) d`,
    );
    expect(rows[0].n).toBe(0);
    expect((await superuser.query('SELECT (SELECT count(*) FROM initiative) = (SELECT count(*) FROM initiative_search) AS same')).rows[0].same).toBe(true);
  });

  it('gives the same pages, totals and facet counts as a plain query over initiative, for every reader, word and filter', async () => {
    const readers: Record<string, Reader> = {
      anonymous: {},
      memberOfOwner: { userId: 'u-linkoping', organizationId: orgIds['linkoping'] },
      memberOfAnother: { userId: 'u-norrkoping', organizationId: orgIds['norrkoping'] },
      signedInWithoutOrganisation: { userId: 'u-none', member: false },
    };
    // Common, selective and rare words, two words, a substring only, a near miss, nothing.
    const words = ['arbete', 'validering', 'kollektivtrafik', 'validering arbete', 'zx-2026', 'valideing', 'qqxqzzy'];
    const filters: Record<string, Filter> = {
      none: {},
      statusAndTheme: { statuses: ['ongoing', 'completed'], themes: ['competence-supply'] },
      organizationAndYear: { organizations: ['linkoping', 'norrkoping'], startYears: [2024, 2025] },
      funderTypeWithArchived: { funderTypes: ['esf-plus'], includeArchived: true },
    };
    let compared = 0;
    for (const [readerName, reader] of Object.entries(readers)) {
      for (const word of words) {
        for (const [filterName, filter] of Object.entries(filters)) {
          for (const orderBy of ['relevance', 'title'] as const) {
            const label = `${readerName} / "${word}" / ${filterName} / ${orderBy}`;
            await asReader(reader, async () => {
              const reference = (await app.query<ReferenceRow>(REFERENCE_SQL, [word])).rows;
              const matching = reference.filter((r) => passes(r, filter));
              const expected =
                orderBy === 'relevance'
                  ? [...matching].sort((a, b) => Number(b.rank) - Number(a.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
                  : [...matching].sort((a, b) => a.title_order - b.title_order);
              const conditions = [filter.includeArchived ? 'true' : 'i.archived_at IS NULL'];
              const args = { first: 20, search: word, filter, orderBy: orderBy as InitiativeOrder, conditions };
              const first = await ENGINE.page<{ id: string }>(manager, args, directory);
              const second = first.pageInfo.endCursor
                ? await ENGINE.page<{ id: string }>(manager, { ...args, after: first.pageInfo.endCursor }, directory)
                : null;
              const ids = [...first.edges, ...(second?.edges ?? [])].map((e) => e.row.id);
              expect(ids, `${label}: pages 1–2`).toEqual(expected.slice(0, ids.length).map((r) => r.id));
              expect(ids.length, `${label}: page sizes`).toBe(Math.min(expected.length, first.pageInfo.hasNextPage ? 40 : 20));
              const counts = await ENGINE.counts(manager, first.criteria, directory);
              expect(counts.totalCount, `${label}: totalCount`).toBe(matching.length);
              for (const facet of FACETS) expect(counts.facets[facet], `${label}: facet ${facet}`).toEqual(facetOf(reference, facet, filter));
              // Asked for some facets only: those are the same, the others not counted at all.
              const some = await ENGINE.counts(manager, first.criteria, directory, ['theme', 'organization']);
              expect(some.totalCount, `${label}: totalCount (two facets)`).toBe(matching.length);
              for (const facet of FACETS) {
                expect(some.facets[facet], `${label}: ${facet} (two facets)`).toEqual(
                  facet === 'theme' || facet === 'organization' ? counts.facets[facet] : [],
                );
              }
              // The one-pass path (page and counts from one statement) answers exactly the same.
              const together = await ENGINE.pageAndCounts<{ id: string }>(manager, args, directory, INITIATIVE_LIST.columns, ['theme', 'organization']);
              expect(
                together.page.edges.map((e) => e.row.id),
                `${label}: page (one pass)`,
              ).toEqual(first.edges.map((e) => e.row.id));
              expect(together.page.pageInfo, `${label}: pageInfo (one pass)`).toEqual(first.pageInfo);
              expect(together.counts, `${label}: counts (one pass)`).toEqual(some);
              const onlyTotal = await ENGINE.pageAndCounts<{ id: string }>(manager, { ...args, after: first.pageInfo.endCursor }, directory, 'i.id AS id', []);
              expect(
                onlyTotal.page.edges.map((e) => e.row.id),
                `${label}: second page (one pass)`,
              ).toEqual(second?.edges.map((e) => e.row.id) ?? []);
              expect(onlyTotal.counts?.totalCount, `${label}: totalCount (one pass)`).toBe(matching.length);
              compared += 1;
            });
          }
        }
      }
    }
    expect(compared).toBe(4 * 7 * 4 * 2);
  });

  it('finds, for each reader kind, a non-trivial share of the rows (the comparison above is not vacuous)', async () => {
    const total = async (reader: Reader) =>
      asReader(reader, async () => {
        const page = await ENGINE.page(manager, { first: 1, search: 'arbete', conditions: ['i.archived_at IS NULL'] }, directory);
        return (await ENGINE.counts(manager, page.criteria, directory, [])).totalCount;
      });
    const anonymous = await total({});
    const owner = await total({ userId: 'u-linkoping', organizationId: orgIds['linkoping'] });
    const outsider = await total({ userId: 'u-none', member: false });
    expect(anonymous).toBeGreaterThan(100);
    expect(owner).toBeGreaterThan(anonymous);
    expect(outsider).toBe(anonymous);
  });

  it('reads the requested facets from the GraphQL selection: fragments, inline fragments and aliases', () => {
    const document = parse(`
      query { initiatives(search: "x") { totalCount facets { status { value } ...F ... on InitiativeFacets { org: organization { value } } } other: facets { theme { value } } } }
      fragment F on InitiativeFacets { funderType { count } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
    );
    const info = { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
    expect([...selectedFields(info, ['facets'])].sort()).toEqual(['funderType', 'organization', 'status', 'theme']);
    expect(selectedFields(info, ['nothing']).size).toBe(0);
  });
});
