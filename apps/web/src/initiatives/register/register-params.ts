import type { InitiativeFilter, InitiativeOrder } from '../../gql/graphql';
import { createListParams, type ListState } from '../../list/list-params';

export { SEARCH_PARAM, SORT_PARAM } from '../../list/list-params';

/** The facet groups, in the order they are shown, with their address key and filter field. */
export const FACET_GROUPS = [
  { facet: 'status', param: 'status', filter: 'statuses' },
  { facet: 'kind', param: 'typ', filter: 'kinds' },
  { facet: 'theme', param: 'tema', filter: 'themes' },
  { facet: 'targetGroup', param: 'malgrupp', filter: 'targetGroups' },
  { facet: 'funderType', param: 'finansiar', filter: 'funderTypes' },
  { facet: 'organization', param: 'organisation', filter: 'organizations' },
  { facet: 'startYear', param: 'startar', filter: 'startYears' },
  // Owner or partner; not counted, shown only while chosen (the Regionöversikt links to it).
  { facet: 'participant', param: 'deltar', filter: 'participants' },
] as const;

export type FacetKey = (typeof FACET_GROUPS)[number]['facet'];

export const SORT_OPTIONS = ['relevans', 'titel', 'start-nyast', 'start-aldst', 'andrad'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];

const ORDER_OF_SORT: Readonly<Record<SortOption, InitiativeOrder>> = {
  relevans: 'RELEVANCE',
  titel: 'TITLE',
  'start-nyast': 'START_DATE_DESC',
  'start-aldst': 'START_DATE_ASC',
  andrad: 'UPDATED_DESC',
};

export type RegisterState = ListState<FacetKey, SortOption>;

/** Relevance only means something with a search; without one the newest changes come first. */
export const defaultSort = (search: string): SortOption => (search ? 'relevans' : 'andrad');

export const registerParams = createListParams<FacetKey, SortOption>({
  facets: FACET_GROUPS.map(({ facet, param }) => ({ facet, param, ...(facet === 'startYear' ? { accepts: (value: string) => /^\d{4}$/.test(value) } : {}) })),
  sorts: SORT_OPTIONS,
  defaultSort,
  searchOnlySorts: ['relevans'],
});

export const parseRegisterParams = registerParams.parse;
export const toRegisterParams = registerParams.toParams;
export const toggleFacetValue = registerParams.toggle;
export const clearedState = registerParams.cleared;
export const hasFilters = registerParams.hasFilters;

export interface RegisterQueryVariables {
  readonly search: string | null;
  readonly filter: InitiativeFilter | null;
  readonly orderBy: InitiativeOrder;
}

/** What the API is asked: only filters that have values, since an empty list would match nothing. */
export function toQueryVariables(state: RegisterState): RegisterQueryVariables {
  const filter: InitiativeFilter = {};
  for (const { facet, filter: field } of FACET_GROUPS) {
    const values = state.selected[facet];
    if (values.length === 0) continue;
    if (field === 'startYears') filter.startYears = values.map(Number);
    else filter[field] = [...values];
  }
  return {
    search: state.search || null,
    filter: Object.keys(filter).length > 0 ? filter : null,
    orderBy: ORDER_OF_SORT[state.sort],
  };
}
