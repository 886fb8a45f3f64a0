import { registerEnumType } from '@nestjs/graphql';
import { EVIDENCE_LEVELS, METHOD_LIMITS, TARGET_GROUPS, THEMES } from '@portal/shared-domain';
import type { ListDefinition } from '../list/list-definition.js';
import { METHOD_COLUMNS } from './method-row.mapper.js';

export enum MethodOrder {
  RELEVANCE = 'relevance',
  NAME = 'name',
  UPDATED_DESC = 'updated-desc',
}
registerEnumType(MethodOrder, {
  name: 'MethodOrder',
  description: 'Sortering. RELEVANCE gäller med sökord (annars namn i bokstavsordning).',
});

/**
 * The organisations whose initiatives use the method, computed per row inside the list's own
 * statement. It reads `initiative_method` under the reader's row-level security, whose policy
 * shows a link only when its initiative is readable too: an organisation is never revealed as a
 * user of a method through a private initiative. (A stored array kept by a trigger could not
 * know who reads it.)
 */
const USING_ORGANIZATIONS = `ARRAY(SELECT DISTINCT l.organization_id FROM initiative_method l WHERE l.method_id = mt.id)`;

/** The method bank's facets and orders. The GraphQL facet and filter fields are named after them. */
export const METHOD_LIST = {
  table: 'method',
  alias: 'mt',
  columns: METHOD_COLUMNS,
  facets: {
    evidenceLevel: {
      expression: 'mt.evidence_level',
      shape: 'scalar',
      values: { kind: 'code', vocabulary: EVIDENCE_LEVELS },
      argument: 'evidenceLevels',
      label: 'evidensnivå',
    },
    theme: { expression: 'mt.themes', shape: 'array', values: { kind: 'code', vocabulary: THEMES }, argument: 'themes', label: 'tema' },
    targetGroup: {
      expression: 'mt.target_groups',
      shape: 'array',
      values: { kind: 'code', vocabulary: TARGET_GROUPS },
      argument: 'targetGroups',
      label: 'målgrupp',
    },
    organization: { expression: 'mt.organization_id', shape: 'scalar', values: { kind: 'organization' }, argument: 'organizations', label: 'organisation' },
    usingOrganization: {
      expression: USING_ORGANIZATIONS,
      shape: 'array',
      values: { kind: 'organization' },
      argument: 'usingOrganizations',
      label: 'organisation som använder metoden',
    },
  },
  orders: {
    [MethodOrder.RELEVANCE]: { key: 'm.rank', cast: 'numeric', descending: true },
    [MethodOrder.NAME]: { key: `(mt.name COLLATE "sv-SE-x-icu")`, cast: 'text COLLATE "sv-SE-x-icu"', descending: false },
    [MethodOrder.UPDATED_DESC]: { key: 'mt.updated_at', cast: 'timestamptz', descending: true },
  },
  defaultOrder: MethodOrder.NAME,
  /**
   * A plain query under row-level security (no SECURITY DEFINER function): the bank holds
   * hundreds of methods, not the register's hundred thousand initiatives, so a scan is cheap and
   * visibility stays the policy's alone. Full-text matches (Swedish stemming, accents folded)
   * rank above substring matches of the name ("Supp" finds Supported Employment).
   */
  search: {
    join: (search, ranked) => `
      CROSS JOIN LATERAL (SELECT websearch_to_tsquery('app.swedish_unaccent', ${search}) AS q, app.fold(${search}) AS folded) sq
      JOIN LATERAL (SELECT ${ranked ? `CASE WHEN mt.search_vector @@ sq.q THEN round((1 + ts_rank(mt.search_vector, sq.q))::numeric, 6) ELSE 0.5 END` : 'NULL::numeric'} AS rank) m
        ON (mt.search_vector @@ sq.q OR strpos(app.fold(mt.name), sq.folded) > 0)`,
    relevance: MethodOrder.RELEVANCE,
    maxLength: METHOD_LIMITS.search,
  },
  maxPageSize: METHOD_LIMITS.pageSize,
  noun: 'metoder',
} as const satisfies ListDefinition<string, MethodOrder>;

export type MethodFacetName = keyof typeof METHOD_LIST.facets;
