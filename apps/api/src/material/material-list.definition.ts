import { registerEnumType } from '@nestjs/graphql';
import { MATERIAL_HAS_ADAPTATIONS, MATERIAL_KINDS, MATERIAL_LIMITS, MATERIAL_REVIEW_STATUSES, THEMES } from '@portal/shared-domain';
import type { ListDefinition } from '../list/list-definition.js';
import { MATERIAL_COLUMNS } from './material-row.mapper.js';
import { REVIEW_STATUS_SQL } from './material-review.js';

export enum MaterialOrder {
  RELEVANCE = 'relevance',
  TITLE = 'title',
  UPDATED_DESC = 'updated-desc',
  NEXT_REVIEW = 'next-review',
}
registerEnumType(MaterialOrder, {
  name: 'MaterialOrder',
  description: 'Sortering. RELEVANCE gäller med sökord (annars titel i bokstavsordning). NEXT_REVIEW: närmast förestående granskning först.',
});

/** Adaptations are readable wherever the original is (their policy), so the count never reveals more. */
const HAS_ADAPTATIONS = `(CASE WHEN EXISTS (SELECT 1 FROM material_adaptation a WHERE a.original_id = ma.id) THEN 'yes' ELSE 'no' END)`;

/** The material register's facets and orders; the GraphQL facet and filter fields are named after them. */
export const MATERIAL_LIST = {
  table: 'material',
  alias: 'ma',
  columns: MATERIAL_COLUMNS,
  facets: {
    kind: { expression: 'ma.kind', shape: 'scalar', values: { kind: 'code', vocabulary: MATERIAL_KINDS }, argument: 'kinds', label: 'typ' },
    theme: { expression: 'ma.themes', shape: 'array', values: { kind: 'code', vocabulary: THEMES }, argument: 'themes', label: 'tema' },
    organization: { expression: 'ma.organization_id', shape: 'scalar', values: { kind: 'organization' }, argument: 'organizations', label: 'organisation' },
    reviewStatus: {
      expression: REVIEW_STATUS_SQL,
      shape: 'scalar',
      values: { kind: 'code', vocabulary: MATERIAL_REVIEW_STATUSES },
      argument: 'reviewStatuses',
      label: 'granskningsstatus',
    },
    hasAdaptations: {
      expression: HAS_ADAPTATIONS,
      shape: 'scalar',
      values: { kind: 'code', vocabulary: MATERIAL_HAS_ADAPTATIONS },
      argument: 'hasAdaptations',
      label: 'anpassningar',
    },
  },
  orders: {
    [MaterialOrder.RELEVANCE]: { key: 'm.rank', cast: 'numeric', descending: true },
    [MaterialOrder.TITLE]: { key: `(ma.title COLLATE "sv-SE-x-icu")`, cast: 'text COLLATE "sv-SE-x-icu"', descending: false },
    [MaterialOrder.UPDATED_DESC]: { key: 'ma.updated_at', cast: 'timestamptz', descending: true },
    [MaterialOrder.NEXT_REVIEW]: { key: `coalesce(ma.next_review_on, 'infinity'::date)`, cast: 'date', descending: false },
  },
  defaultOrder: MaterialOrder.TITLE,
  /**
   * Full-text matches (Swedish stemming, accents folded; titles, descriptions and the text inside
   * the current files) rank above substring matches of the title. `app.search_materials` uses
   * the indexes and applies the record rule itself (as the register's search, decisions.md);
   * the rows are still read from `material` under row-level security.
   */
  search: {
    join: (search, ranked) => `JOIN app.search_materials(${search}, ${ranked}) m ON m.id = ma.id`,
    relevance: MaterialOrder.RELEVANCE,
    maxLength: MATERIAL_LIMITS.search,
  },
  maxPageSize: MATERIAL_LIMITS.pageSize,
  noun: 'material',
} as const satisfies ListDefinition<string, MaterialOrder>;

export type MaterialFacetName = keyof typeof MATERIAL_LIST.facets;
