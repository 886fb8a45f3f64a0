import { Injectable } from '@nestjs/common';
import { FUNDER_TYPES, INITIATIVE_LIMITS, LIFECYCLE_STATUSES, PROJECT_KINDS, TARGET_GROUPS, THEMES } from '@portal/shared-domain';
import { badUserInput } from '../graphql/portal-error.js';
import { FieldErrorCollector } from './initiative.validation.js';
import { RequestDatabase } from '../request/request-database.js';
import { InitiativeLoaders } from './initiative-loaders.js';
import { INITIATIVE_COLUMNS, toInitiative, type InitiativeSqlRow } from './initiative-row.mapper.js';
import { InitiativeOrder, type InitiativeFilter, type InitiativesArgs } from './initiative.inputs.js';
import type { FacetCount, InitiativeEdge, InitiativeFacets, PageInfo } from './initiative.model.js';

/** A parameterised SQL fragment builder: `add(value)` returns the placeholder. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type FacetName = keyof InitiativeFacets;
const FACETS: readonly FacetName[] = ['status', 'kind', 'theme', 'targetGroup', 'funderType', 'organization', 'startYear'];

/** What the list and its facets were asked for, so the facet statement can run only when requested. */
export interface InitiativeConnectionResult {
  edges: InitiativeEdge[];
  pageInfo: PageInfo;
  /** Internal: the criteria, for totalCount and facets. */
  criteria: Criteria;
  facetResult?: Promise<{ totalCount: number; facets: InitiativeFacets }>;
}

interface Criteria {
  search: string | null;
  filter: NormalizedFilter;
  includeArchived: boolean;
}

interface NormalizedFilter {
  status: string[];
  kind: string[];
  theme: string[];
  targetGroup: string[];
  funderType: string[];
  organization: string[]; // organisation ids
  startYear: number[];
}

interface OrderSpec {
  key: string;
  cast: string;
  descending: boolean;
}

const CURSOR_VERSION = 1;

/**
 * The register's list, search and facets: one statement for a page, one for counts and facets,
 * whatever the page size. Row-level security decides what is visible.
 */
@Injectable()
export class InitiativeSearchService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly loaders: InitiativeLoaders,
  ) {}

  async page(args: InitiativesArgs): Promise<InitiativeConnectionResult> {
    const first = args.first;
    if (!Number.isInteger(first) || first < 1 || first > INITIATIVE_LIMITS.pageSize) {
      throw badUserInput(`Ange hur många initiativ som ska visas: 1–${INITIATIVE_LIMITS.pageSize}.`, { first: 'Ogiltigt antal.' });
    }
    const search = args.search?.trim() || null;
    if (search && search.length > INITIATIVE_LIMITS.search) {
      throw badUserInput(`Sökningen får vara högst ${INITIATIVE_LIMITS.search} tecken.`, { search: 'För lång sökning.' });
    }
    const criteria: Criteria = { search, filter: await this.normalizeFilter(args.filter ?? null), includeArchived: args.filter?.includeArchived === true };
    const order = args.orderBy ?? (search ? InitiativeOrder.RELEVANCE : InitiativeOrder.UPDATED_DESC);
    // Relevance needs a search to rank by; without one it falls back to the latest changed.
    const ranked = order === InitiativeOrder.RELEVANCE && search !== null;
    const spec = this.orderSpec(order === InitiativeOrder.RELEVANCE && !ranked ? InitiativeOrder.UPDATED_DESC : order);

    const params = new Params();
    const from = this.fromClause(criteria, params, ranked);
    const where = [...this.baseConditions(criteria), ...Object.values(this.facetConditions(criteria.filter, params))];
    if (args.after) {
      const cursor = this.decodeCursor(args.after, order);
      const key = params.add(cursor.key);
      const id = params.add(cursor.id);
      const op = spec.descending ? '<' : '>';
      where.push(`(${spec.key} ${op} ${key}::${spec.cast} OR (${spec.key} = ${key}::${spec.cast} AND i.id > ${id}::uuid))`);
    }
    const direction = spec.descending ? 'DESC' : 'ASC';
    // Sort and cut on the key alone, then read the full rows of just this page.
    const sql = `
      WITH page AS (
        SELECT i.id, ${spec.key} AS k
          FROM ${from}
         WHERE ${where.join(' AND ')}
         ORDER BY ${spec.key} ${direction}, i.id ASC
         LIMIT ${first + 1}
      )
      SELECT ${INITIATIVE_COLUMNS}, page.k::text AS sort_key
        FROM page JOIN initiative i ON i.id = page.id
       ORDER BY page.k ${direction}, page.id ASC`;
    const manager = await this.database.manager();
    const rows: Array<InitiativeSqlRow & { sort_key: string }> = await manager.query(sql, params.values);
    const pageRows = rows.slice(0, first);
    const edges = pageRows.map((row) => ({ cursor: this.encodeCursor(order, row.sort_key, row.id), node: toInitiative(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      criteria,
    };
  }

  /** Total and facet counts in one statement; each facet ignores its own filter. Memoised per connection. */
  facets(connection: InitiativeConnectionResult): Promise<{ totalCount: number; facets: InitiativeFacets }> {
    connection.facetResult ??= this.countFacets(connection.criteria);
    return connection.facetResult;
  }

  private async countFacets(criteria: Criteria): Promise<{ totalCount: number; facets: InitiativeFacets }> {
    const params = new Params();
    const from = this.fromClause(criteria, params, false);
    const base = this.baseConditions(criteria).join(' AND ');
    const conditions = this.facetConditions(criteria.filter, params);
    const matchColumns = FACETS.map((f) => `(${conditions[f] ?? 'true'}) AS m_${f}`).join(', ');
    const others = (facet: FacetName | null) => FACETS.filter((f) => f !== facet).map((f) => `m_${f}`).join(' AND ');
    const facetSql: Record<FacetName, string> = {
      status: `SELECT 'status' AS facet, status AS value, count(*)::int AS count FROM base WHERE ${others('status')} GROUP BY status`,
      kind: `SELECT 'kind', kind, count(*)::int FROM base WHERE ${others('kind')} GROUP BY kind`,
      theme: `SELECT 'theme', t, count(*)::int FROM base, unnest(themes) t WHERE ${others('theme')} GROUP BY t`,
      targetGroup: `SELECT 'targetGroup', t, count(*)::int FROM base, unnest(target_groups) t WHERE ${others('targetGroup')} GROUP BY t`,
      funderType: `SELECT 'funderType', t, count(*)::int FROM base, unnest(funder_types) t WHERE ${others('funderType')} GROUP BY t`,
      organization: `SELECT 'organization', organization_id::text, count(*)::int FROM base WHERE ${others('organization')} GROUP BY organization_id`,
      startYear: `SELECT 'startYear', start_year::text, count(*)::int FROM base WHERE start_year IS NOT NULL AND ${others('startYear')} GROUP BY start_year`,
    };
    const sql = `
      WITH base AS MATERIALIZED (
        SELECT i.status, i.kind, i.themes, i.target_groups, i.funder_types, i.organization_id,
               extract(year FROM i.start_date)::int AS start_year, ${matchColumns}
          FROM ${from}
         WHERE ${base}
      )
      ${FACETS.map((f) => facetSql[f]).join('\n      UNION ALL ')}
      UNION ALL SELECT 'total', NULL, count(*)::int FROM base WHERE ${others(null)}`;
    const manager = await this.database.manager();
    const rows: Array<{ facet: string; value: string | null; count: number }> = await manager.query(sql, params.values);
    const organizations = await this.loaders.organizations();
    const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetCount[]])) as unknown as InitiativeFacets;
    let totalCount = 0;
    for (const row of rows) {
      if (row.facet === 'total') {
        totalCount = row.count;
        continue;
      }
      const value = row.facet === 'organization' ? (organizations.get(row.value ?? '')?.slug ?? '') : (row.value ?? '');
      facets[row.facet as FacetName].push({ value, count: row.count });
    }
    for (const f of FACETS) facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv'));
    return { totalCount, facets };
  }

  /**
   * The rows to look at. With a search, only the matches of `app.search_initiatives`, which can
   * use the search indexes despite row-level security (see its migration) and returns `m.rank`;
   * the join back to `initiative` still goes through row-level security.
   */
  private fromClause(criteria: Criteria, params: Params, ranked: boolean): string {
    if (!criteria.search) return 'initiative i';
    return `initiative i JOIN app.search_initiatives(${params.add(criteria.search)}, ${ranked}) m ON m.initiative_id = i.id`;
  }

  /** Visibility is RLS's job; this adds the archive state. */
  private baseConditions(criteria: Criteria): string[] {
    return [criteria.includeArchived ? '(i.archived_at IS NULL OR i.organization_id = app.current_organization_id())' : 'i.archived_at IS NULL'];
  }

  private facetConditions(filter: NormalizedFilter, params: Params): Partial<Record<FacetName, string>> {
    const conditions: Partial<Record<FacetName, string>> = {};
    if (filter.status.length) conditions.status = `i.status = ANY(${params.add(filter.status)}::text[])`;
    if (filter.kind.length) conditions.kind = `i.kind = ANY(${params.add(filter.kind)}::text[])`;
    if (filter.theme.length) conditions.theme = `i.themes && ${params.add(filter.theme)}::text[]`;
    if (filter.targetGroup.length) conditions.targetGroup = `i.target_groups && ${params.add(filter.targetGroup)}::text[]`;
    if (filter.funderType.length) conditions.funderType = `i.funder_types && ${params.add(filter.funderType)}::text[]`;
    if (filter.organization.length) conditions.organization = `i.organization_id = ANY(${params.add(filter.organization)}::uuid[])`;
    if (filter.startYear.length) conditions.startYear = `extract(year FROM i.start_date)::int = ANY(${params.add(filter.startYear)}::int[])`;
    return conditions;
  }

  private orderSpec(order: InitiativeOrder): OrderSpec {
    switch (order) {
      case InitiativeOrder.RELEVANCE:
        return { key: 'm.rank', cast: 'numeric', descending: true };
      case InitiativeOrder.TITLE:
        return { key: `(i.title COLLATE "sv-SE-x-icu")`, cast: 'text COLLATE "sv-SE-x-icu"', descending: false };
      case InitiativeOrder.START_DATE_DESC:
        return { key: `coalesce(i.start_date, DATE '0001-01-01')`, cast: 'date', descending: true };
      case InitiativeOrder.START_DATE_ASC:
        return { key: `coalesce(i.start_date, DATE '9999-12-31')`, cast: 'date', descending: false };
      case InitiativeOrder.UPDATED_DESC:
        return { key: `i.updated_at`, cast: 'timestamptz', descending: true };
    }
  }

  private encodeCursor(order: InitiativeOrder, key: string, id: string): string {
    return Buffer.from(JSON.stringify([CURSOR_VERSION, order, key, id])).toString('base64url');
  }

  private decodeCursor(cursor: string, order: InitiativeOrder): { key: string; id: string } {
    const invalid = () => badUserInput('Sidmarkören är ogiltig eller hör till en annan sortering. Börja om från första sidan.', { after: 'Ogiltig sidmarkör.' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
    const [version, cursorOrder, key, id] = parsed as unknown[];
    if (version !== CURSOR_VERSION || cursorOrder !== order || typeof key !== 'string' || typeof id !== 'string') throw invalid();
    if (!/^[0-9a-f-]{36}$/i.test(id) || key.length > 300) throw invalid();
    return { key, id };
  }

  private async normalizeFilter(filter: InitiativeFilter | null): Promise<NormalizedFilter> {
    const errors = new FieldErrorCollector();
    const codes = (field: string, values: readonly string[] | null | undefined, allowed: readonly { code: string }[], label: string) => {
      const list = [...new Set(values ?? [])];
      const unknown = list.filter((v) => !allowed.some((a) => a.code === v));
      if (unknown.length) errors.add(field, `Okänt värde för ${label}: ${unknown.slice(0, 3).join(', ')}.`);
      return list;
    };
    const organizations = await this.loaders.organizations();
    const bySlug = new Map([...organizations.values()].map((o) => [o.slug, o.id]));
    const slugs = [...new Set(filter?.organizations ?? [])];
    const unknownSlugs = slugs.filter((s) => !bySlug.has(s));
    if (unknownSlugs.length) errors.add('organizations', `Okänd organisation: ${unknownSlugs.slice(0, 3).join(', ')}.`);
    const years = [...new Set(filter?.startYears ?? [])];
    if (years.some((y) => y < 1900 || y > 2200)) errors.add('startYears', 'Ange startår som fyra siffror.');
    const normalized: NormalizedFilter = {
      status: codes('statuses', filter?.statuses, LIFECYCLE_STATUSES, 'status'),
      kind: codes('kinds', filter?.kinds, PROJECT_KINDS, 'typ av insats'),
      theme: codes('themes', filter?.themes, THEMES, 'tema'),
      targetGroup: codes('targetGroups', filter?.targetGroups, TARGET_GROUPS, 'målgrupp'),
      funderType: codes('funderTypes', filter?.funderTypes, FUNDER_TYPES, 'finansiär'),
      organization: slugs.map((s) => bySlug.get(s)).filter((id): id is string => id !== undefined),
      startYear: years,
    };
    errors.throwIfAny();
    return normalized;
  }
}
