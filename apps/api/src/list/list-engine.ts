import type { EntityManager } from 'typeorm';
import { badUserInput } from '../graphql/portal-error.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { decodeCursor, encodeCursor } from './list-cursor.js';
import type { FacetCount, FacetDefinition, ListArgs, ListDefinition } from './list-definition.js';
import { SqlParams } from './sql-params.js';

/** Slugs in filters, ids in SQL, slugs again in the counts. */
export interface OrganizationDirectory {
  idOf(slug: string): string | undefined;
  slugOf(id: string): string | undefined;
}

/** A checked request: what the page and its counts are computed from. */
export interface ListCriteria<F extends string> {
  readonly search: string | null;
  readonly filter: Readonly<Record<F, readonly (string | number)[]>>;
  readonly conditions: readonly string[];
}

export interface ListPage<F extends string, R> {
  readonly edges: Array<{ cursor: string; row: R }>;
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
  readonly criteria: ListCriteria<F>;
}

export interface ListCounts<F extends string> {
  totalCount: number;
  facets: Record<F, FacetCount[]>;
}

const CAST: Record<FacetDefinition['values']['kind'], string> = { code: 'text', organization: 'uuid', year: 'int' };

/**
 * Search, facets and keyset paging for any register. A page is one statement and the counts one
 * more, whatever the page size. Visibility is row-level security's job: the engine only ever
 * reads through the request's transaction, and search joins must do the same (see their migration).
 */
export class ListEngine<F extends string, O extends string> {
  private readonly facetNames: readonly F[];

  constructor(private readonly definition: ListDefinition<F, O>) {
    this.facetNames = Object.keys(definition.facets) as F[];
  }

  /** Checks the arguments; every problem is reported at once, keyed by the GraphQL argument. */
  criteria(args: ListArgs<O>, organizations: OrganizationDirectory): ListCriteria<F> {
    const { definition } = this;
    const search = args.search?.trim() || null;
    if (search && definition.search && search.length > definition.search.maxLength) {
      throw badUserInput(`Sökningen får vara högst ${definition.search.maxLength} tecken.`, { search: 'För lång sökning.' });
    }
    const errors = new FieldErrorCollector();
    const filter = {} as Record<F, readonly (string | number)[]>;
    for (const name of this.facetNames) {
      const facet = definition.facets[name];
      const field = facet.argument;
      const given: unknown = args.filter ? (args.filter as Record<string, unknown>)[facet.argument] : undefined;
      const values = [
        ...new Set(Array.isArray(given) ? (given as unknown[]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number') : []),
      ];
      switch (facet.values.kind) {
        case 'code': {
          const allowed = facet.values.vocabulary;
          const unknown = values.filter((v) => !allowed.some((a) => a.code === v));
          if (unknown.length) errors.add(field, `Okänt värde för ${facet.label}: ${unknown.slice(0, 3).join(', ')}.`);
          filter[name] = values.map(String);
          break;
        }
        case 'organization': {
          const ids = values.map((slug) => organizations.idOf(String(slug)));
          const unknown = values.filter((_, index) => ids[index] === undefined);
          if (unknown.length) errors.add(field, `Okänd organisation: ${unknown.slice(0, 3).join(', ')}.`);
          filter[name] = ids.filter((id): id is string => id !== undefined);
          break;
        }
        case 'year': {
          if (values.some((y) => typeof y !== 'number' || !Number.isInteger(y) || y < 1900 || y > 2200))
            errors.add(field, `Ange ${facet.label} som fyra siffror.`);
          filter[name] = values;
          break;
        }
      }
    }
    errors.throwIfAny();
    return { search, filter, conditions: args.conditions ?? [] };
  }

  /** One page; `columns` narrows the row to what the query reads (by default every column of the definition). */
  async page<R extends { id: string }>(
    manager: EntityManager,
    args: ListArgs<O>,
    organizations: OrganizationDirectory,
    columns: string = this.definition.columns,
  ): Promise<ListPage<F, R>> {
    return (await this.pageAndCounts<R>(manager, args, organizations, columns, null)).page;
  }

  /**
   * A page and, when `requested` is given (the facets to count; empty for the total alone), its
   * counts. With a search that replaces the table (`search.from`), both come from one statement
   * that runs the search once: the matches are the expensive part, so the page and the counts
   * share them. Otherwise the counts are left to `counts()` and `counts` is undefined.
   */
  async pageAndCounts<R extends { id: string }>(
    manager: EntityManager,
    args: ListArgs<O>,
    organizations: OrganizationDirectory,
    columns: string,
    requested: Iterable<string> | null,
  ): Promise<{ page: ListPage<F, R>; counts?: ListCounts<F> }> {
    const { definition } = this;
    const first = args.first;
    if (!Number.isInteger(first) || first < 1 || first > definition.maxPageSize) {
      throw badUserInput(`Ange hur många ${definition.noun} som ska visas: 1–${definition.maxPageSize}.`, { first: 'Ogiltigt antal.' });
    }
    const criteria = this.criteria(args, organizations);
    const relevance = definition.search?.relevance;
    const order = args.orderBy ?? (criteria.search && relevance ? relevance : definition.defaultOrder);
    // Relevance needs a search to rank by; without one it falls back to the default order.
    const ranked = order === relevance && criteria.search !== null;
    const spec = definition.orders[order === relevance && !ranked ? definition.defaultOrder : order];

    const params = new SqlParams();
    const alias = definition.alias;
    const shared = requested !== null && criteria.search !== null && definition.search?.from !== undefined;
    const from = this.fromClause(criteria, params, ranked);
    const where = [...this.baseConditions(criteria), ...(Object.values(this.facetConditions(criteria, params)) as string[])];
    if (args.after) {
      const cursor = decodeCursor(args.after, order);
      const key = params.add(cursor.key);
      const id = params.add(cursor.id);
      const op = spec.descending ? '<' : '>';
      where.push(`(${spec.key} ${op} ${key}::${spec.cast} OR (${spec.key} = ${key}::${spec.cast} AND ${alias}.id > ${id}::uuid))`);
    }
    const direction = spec.descending ? 'DESC' : 'ASC';
    // Sort and cut on the key alone, then read the full rows of just this page.
    const pageKeys = (source: string) => `
        SELECT ${alias}.id, ${spec.key} AS k
          FROM ${source}
         WHERE ${where.join(' AND ')}
         ORDER BY ${spec.key} ${direction}, ${alias}.id ASC
         LIMIT ${first + 1}`;
    const pageRows = `
        SELECT ${columns}, page.k::text AS sort_key
          FROM page JOIN ${definition.table} ${alias} ON ${alias}.id = page.id
         ORDER BY page.k ${direction}, page.id ASC`;
    const toPage = (rows: Array<R & { sort_key: string }>): ListPage<F, R> => {
      const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(order, row.sort_key, row.id), row }));
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, criteria };
    };
    if (!shared) {
      const rows: Array<R & { sort_key: string }> = await manager.query(`WITH page AS (${pageKeys(from)}) ${pageRows}`, params.values);
      return { page: toPage(rows) };
    }
    // The matches once (base conditions applied), then the page's keys and the counts over them;
    // the counts travel as one JSON value beside the page (a row of their own when the page is empty).
    const counts = this.countsQuery(criteria, params, `matches ${alias}`, requested, { withBaseConditions: false, materialize: false });
    const sql = `
      WITH matches AS MATERIALIZED (SELECT * FROM ${from} WHERE ${this.baseConditions(criteria).join(' AND ')}),
      page AS (${pageKeys(`matches ${alias}`)}),
      ${counts.ctes},
      counted AS (SELECT json_agg(json_build_array(facet, value, count)) AS counts FROM (${counts.select}) c)
      SELECT counted.counts AS list_counts, rows.*
        FROM counted LEFT JOIN LATERAL (SELECT ordered.*, row_number() OVER () AS list_position FROM (${pageRows}) ordered) rows ON true
       ORDER BY rows.list_position`;
    const rows: Array<R & { sort_key: string; list_counts: Array<[number, string | null, number]>; list_position: string | null }> = await manager.query(
      sql,
      params.values,
    );
    const countRows = (rows[0]?.list_counts ?? []).map(([facet, value, count]) => ({ facet, value, count }));
    const pageRowsRead: Array<R & { sort_key: string }> = [];
    for (const { list_counts: _counts, list_position: position, ...row } of rows) {
      if (position !== null) pageRowsRead.push(row as unknown as R & { sort_key: string });
    }
    return { page: toPage(pageRowsRead), counts: this.readCounts(countRows, counts.names, organizations) };
  }

  /**
   * Total and facet counts in one statement; each facet is counted ignoring its own filter.
   * `requested`: the facets to count (the others come back empty); all when not given. Filters
   * on facets not counted still apply.
   */
  async counts(manager: EntityManager, criteria: ListCriteria<F>, organizations: OrganizationDirectory, requested?: Iterable<string>): Promise<ListCounts<F>> {
    const params = new SqlParams();
    const from = this.fromClause(criteria, params, false);
    const counts = this.countsQuery(criteria, params, from, requested ?? null, { withBaseConditions: true, materialize: true });
    const rows: Array<{ facet: number; value: string | null; count: number }> = await manager.query(`WITH ${counts.ctes} ${counts.select}`, params.values);
    return this.readCounts(rows, counts.names, organizations);
  }

  /**
   * The counts over `source` as a CTE `base` (one row per match: the counted facets' values and a
   * match flag per filtered facet) and a SELECT of (facet, value, count) rows, -1 for the total.
   */
  private countsQuery(
    criteria: ListCriteria<F>,
    params: SqlParams,
    source: string,
    requested: Iterable<string> | null,
    { withBaseConditions, materialize }: { withBaseConditions: boolean; materialize: boolean },
  ): { ctes: string; select: string; names: readonly F[] } {
    const { definition } = this;
    const conditions = this.facetConditions(criteria, params);
    const wanted = requested === null ? null : new Set(requested);
    const names = wanted ? this.facetNames.filter((f) => wanted.has(f)) : this.facetNames;
    // Filters of facets that are not counted are the same for every count: part of the base.
    const fixed = this.facetNames.filter((f) => !names.includes(f) && conditions[f] !== undefined).map((f) => conditions[f] as string);
    // Only the filtered facets need a match flag; a count skips its own.
    const filtered = names.map((f, index) => ({ f, index })).filter(({ f }) => conditions[f] !== undefined);
    const columns = [
      ...names.map((f, index) => `${definition.facets[f].expression} AS v${index}`),
      ...filtered.map(({ f, index }) => `(${conditions[f]}) AS m${index}`),
    ];
    const others = (skip: number | null) =>
      filtered
        .filter(({ index }) => index !== skip)
        .map(({ index }) => `m${index}`)
        .join(' AND ') || 'true';
    // Arrays are unnested in the select list (a ProjectSet), several times cheaper than a lateral unnest per row.
    const facetSql = names.map((f, index) => {
      const facet = definition.facets[f];
      return facet.shape === 'array'
        ? `SELECT ${index} AS facet, t::text AS value, count(*)::int AS count FROM (SELECT unnest(v${index}) AS t FROM base WHERE ${others(index)}) u GROUP BY t`
        : `SELECT ${index} AS facet, v${index}::text AS value, count(*)::int AS count FROM base WHERE v${index} IS NOT NULL AND ${others(index)} GROUP BY v${index}`;
    });
    const where = [...(withBaseConditions ? this.baseConditions(criteria) : []), ...fixed];
    // Over already materialised matches, a second copy would only cost time.
    const ctes = `base AS ${materialize ? 'MATERIALIZED ' : ''}(
        SELECT ${columns.length ? columns.join(', ') : 'true AS m'}
          FROM ${source}
         WHERE ${where.length ? where.join(' AND ') : 'true'}
      )`;
    const select = [...facetSql, `SELECT -1 AS facet, NULL::text AS value, count(*)::int AS count FROM base WHERE ${others(null)}`].join('\n      UNION ALL ');
    return { ctes, select, names };
  }

  private readCounts(
    rows: ReadonlyArray<{ facet: number; value: string | null; count: number }>,
    names: readonly F[],
    organizations: OrganizationDirectory,
  ): ListCounts<F> {
    const { definition } = this;
    const facets = Object.fromEntries(this.facetNames.map((f) => [f, [] as FacetCount[]])) as Record<F, FacetCount[]>;
    let totalCount = 0;
    for (const row of rows) {
      const name = names[row.facet];
      if (name === undefined) {
        totalCount = row.count;
        continue;
      }
      const raw = row.value ?? '';
      const value = definition.facets[name].values.kind === 'organization' ? (organizations.slugOf(raw) ?? '') : raw;
      facets[name].push({ value, count: row.count });
    }
    for (const f of names) facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv'));
    return { totalCount, facets };
  }

  /** With a search, only its matches: joined to the table (under row-level security) or a set of rows replacing it. */
  private fromClause(criteria: ListCriteria<F>, params: SqlParams, ranked: boolean): string {
    const { definition } = this;
    const table = `${definition.table} ${definition.alias}`;
    const search = definition.search;
    if (!criteria.search || !search) return table;
    if (search.from) return `${search.from(params.add(criteria.search), ranked)} ${definition.alias}`;
    if (!search.join) throw new Error(`${definition.table}: search needs \`from\` or \`join\``);
    return `${table} ${search.join(params.add(criteria.search), ranked)}`;
  }

  private baseConditions(criteria: ListCriteria<F>): string[] {
    return criteria.conditions.length ? [...criteria.conditions] : ['true'];
  }

  private facetConditions(criteria: ListCriteria<F>, params: SqlParams): Partial<Record<F, string>> {
    const result: Partial<Record<F, string>> = {};
    for (const name of this.facetNames) {
      const values = criteria.filter[name];
      if (!values.length) continue;
      const facet = this.definition.facets[name];
      const list = `${params.add(values)}::${CAST[facet.values.kind]}[]`;
      result[name] = facet.condition
        ? facet.condition(list)
        : facet.shape === 'array'
          ? `${facet.expression} && ${list}`
          : `${facet.expression} = ANY(${list})`;
    }
    return result;
  }
}
