import { FUNDER_TYPES, INITIATIVE_LIMITS, LIFECYCLE_STATUSES, PROJECT_KINDS, TARGET_GROUPS, THEMES } from '@portal/shared-domain';
import type { ListDefinition } from '../list/list-definition.js';
import { registerEnumType } from '@nestjs/graphql';
import { INITIATIVE_COLUMNS } from './initiative-row.mapper.js';

export enum InitiativeOrder {
  RELEVANCE = 'relevance',
  TITLE = 'title',
  START_DATE_DESC = 'start-date-desc',
  START_DATE_ASC = 'start-date-asc',
  UPDATED_DESC = 'updated-desc',
}
registerEnumType(InitiativeOrder, {
  name: 'InitiativeOrder',
  description: 'Sortering. RELEVANCE gäller med sökord (annars senast ändrade först).',
});

/** The register's facets and orders: one line each. The GraphQL facet and filter fields are named after them. */
export const INITIATIVE_LIST = {
  table: 'initiative',
  alias: 'i',
  columns: INITIATIVE_COLUMNS,
  facets: {
    status: { expression: 'i.status', shape: 'scalar', values: { kind: 'code', vocabulary: LIFECYCLE_STATUSES }, argument: 'statuses', label: 'status' },
    kind: { expression: 'i.kind', shape: 'scalar', values: { kind: 'code', vocabulary: PROJECT_KINDS }, argument: 'kinds', label: 'typ av insats' },
    theme: { expression: 'i.themes', shape: 'array', values: { kind: 'code', vocabulary: THEMES }, argument: 'themes', label: 'tema' },
    targetGroup: {
      expression: 'i.target_groups',
      shape: 'array',
      values: { kind: 'code', vocabulary: TARGET_GROUPS },
      argument: 'targetGroups',
      label: 'målgrupp',
    },
    funderType: {
      expression: 'i.funder_types',
      shape: 'array',
      values: { kind: 'code', vocabulary: FUNDER_TYPES },
      argument: 'funderTypes',
      label: 'finansiär',
    },
    organization: { expression: 'i.organization_id', shape: 'scalar', values: { kind: 'organization' }, argument: 'organizations', label: 'organisation' },
    startYear: { expression: 'extract(year FROM i.start_date)::int', shape: 'scalar', values: { kind: 'year' }, argument: 'startYears', label: 'startår' },
    // Owner or partner (a partner that is a portal organisation): what the Regionöversikt counts per
    // municipality, read from its narrow copy `region_initiative.involved` under the same record rule.
    // One scan of that narrow table, then the matches by id (array overlap is not leakproof, so no
    // index helps under row-level security): about 70 ms at 100 000 initiatives in the lab.
    participant: {
      expression: 'i.organization_id',
      shape: 'scalar',
      values: { kind: 'organization' },
      argument: 'participants',
      label: 'deltagande organisation',
      description: 'Organisationer (kortformer) som äger insatsen eller är samverkanspart i den. Räknas inte bland facetterna.',
      condition: (list) => `i.id IN (SELECT r.id FROM region_initiative r WHERE r.involved && ${list})`,
    },
  },
  orders: {
    [InitiativeOrder.RELEVANCE]: { key: 'i.rank', cast: 'numeric', descending: true },
    [InitiativeOrder.TITLE]: { key: `(i.title COLLATE "sv-SE-x-icu")`, cast: 'text COLLATE "sv-SE-x-icu"', descending: false },
    [InitiativeOrder.START_DATE_DESC]: { key: `coalesce(i.start_date, DATE '0001-01-01')`, cast: 'date', descending: true },
    [InitiativeOrder.START_DATE_ASC]: { key: `coalesce(i.start_date, DATE '9999-12-31')`, cast: 'date', descending: false },
    [InitiativeOrder.UPDATED_DESC]: { key: 'i.updated_at', cast: 'timestamptz', descending: true },
  },
  defaultOrder: InitiativeOrder.UPDATED_DESC,
  // app.search_initiatives can use the search indexes despite row-level security, and returns the
  // narrow rows (initiative_search) the page keys and facets need, visibility applied in its scan
  // (see the migrations 1796180000000 and 1796280200000).
  search: {
    from: (search, ranked) => `app.search_initiatives(${search}, ${ranked})`,
    relevance: InitiativeOrder.RELEVANCE,
    maxLength: INITIATIVE_LIMITS.search,
  },
  maxPageSize: INITIATIVE_LIMITS.pageSize,
  noun: 'initiativ',
} as const satisfies ListDefinition<string, InitiativeOrder>;

export type InitiativeFacetName = keyof typeof INITIATIVE_LIST.facets;
