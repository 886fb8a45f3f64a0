import type { InitiativeFilter, InitiativeOrder } from '../../gql/graphql';

// The register's whole state lives in the address (Swedish keys, since addresses are shared), so
// a result can be bookmarked, shared and restored on reload.

/** The facet groups, in the order they are shown, with their address key and filter field. */
export const FACET_GROUPS = [
  { facet: 'status', param: 'status', filter: 'statuses' },
  { facet: 'kind', param: 'typ', filter: 'kinds' },
  { facet: 'theme', param: 'tema', filter: 'themes' },
  { facet: 'targetGroup', param: 'malgrupp', filter: 'targetGroups' },
  { facet: 'funderType', param: 'finansiar', filter: 'funderTypes' },
  { facet: 'organization', param: 'organisation', filter: 'organizations' },
  { facet: 'startYear', param: 'startar', filter: 'startYears' },
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

export const SEARCH_PARAM = 'sok';
export const SORT_PARAM = 'sortera';

export interface RegisterState {
  readonly search: string;
  /** Selected values per facet, without duplicates, in the order they were chosen. */
  readonly selected: Readonly<Record<FacetKey, readonly string[]>>;
  readonly sort: SortOption;
}

const isSortOption = (value: string | null): value is SortOption => value !== null && (SORT_OPTIONS as readonly string[]).includes(value);

/** Relevance only means something with a search; without one the newest changes come first. */
export const defaultSort = (search: string): SortOption => (search ? 'relevans' : 'andrad');

export function parseRegisterParams(params: URLSearchParams): RegisterState {
  const search = (params.get(SEARCH_PARAM) ?? '').trim();
  const selected = Object.fromEntries(
    FACET_GROUPS.map(({ facet, param }) => {
      const values = params.getAll(param).map((value) => value.trim()).filter(Boolean);
      const valid = facet === 'startYear' ? values.filter((value) => /^\d{4}$/.test(value)) : values;
      return [facet, [...new Set(valid)]];
    }),
  ) as Record<FacetKey, string[]>;
  const sortParam = params.get(SORT_PARAM);
  const sort = isSortOption(sortParam) && !(sortParam === 'relevans' && !search) ? sortParam : defaultSort(search);
  return { search, selected, sort };
}

/** The address for a state; defaults are left out so addresses stay short. */
export function toRegisterParams(state: RegisterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set(SEARCH_PARAM, state.search);
  for (const { facet, param } of FACET_GROUPS) {
    for (const value of state.selected[facet]) params.append(param, value);
  }
  if (state.sort !== defaultSort(state.search)) params.set(SORT_PARAM, state.sort);
  return params;
}

export function toggleFacetValue(state: RegisterState, facet: FacetKey, value: string, checked: boolean): RegisterState {
  const current = state.selected[facet].filter((v) => v !== value);
  return { ...state, selected: { ...state.selected, [facet]: checked ? [...current, value] : current } };
}

export function clearedState(): RegisterState {
  return parseRegisterParams(new URLSearchParams());
}

export function hasFilters(state: RegisterState): boolean {
  return FACET_GROUPS.some(({ facet }) => state.selected[facet].length > 0);
}

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
