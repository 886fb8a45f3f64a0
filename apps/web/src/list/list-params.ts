// A register's whole state lives in the address (Swedish keys, since addresses are shared), so a
// result can be bookmarked, shared and restored on reload. Each register declares its facets and
// sort orders once; reading and writing the address is the same for all of them.

export const SEARCH_PARAM = 'sok';
export const SORT_PARAM = 'sortera';

export interface FacetParam<F extends string> {
  readonly facet: F;
  /** Its key in the address, e.g. `typ`; repeated for several values. */
  readonly param: string;
  /** Values the facet can hold at all (others in the address are dropped), e.g. four-digit years. */
  readonly accepts?: (value: string) => boolean;
}

export interface ListParamsDefinition<F extends string, S extends string> {
  /** The facet groups, in the order they are shown. */
  readonly facets: readonly FacetParam<F>[];
  readonly sorts: readonly S[];
  /** The order used when none is chosen, which may depend on whether there is a search. */
  readonly defaultSort: (search: string) => S;
  /** Orders that mean something only with a search (relevance). */
  readonly searchOnlySorts?: readonly S[];
}

export interface ListState<F extends string, S extends string> {
  readonly search: string;
  /** Selected values per facet, without duplicates, in the order they were chosen. */
  readonly selected: Readonly<Record<F, readonly string[]>>;
  readonly sort: S;
}

export interface ListParams<F extends string, S extends string> {
  readonly definition: ListParamsDefinition<F, S>;
  readonly parse: (params: URLSearchParams) => ListState<F, S>;
  /** The address for a state; defaults are left out so addresses stay short. */
  readonly toParams: (state: ListState<F, S>) => URLSearchParams;
  readonly toggle: (state: ListState<F, S>, facet: F, value: string, checked: boolean) => ListState<F, S>;
  readonly cleared: () => ListState<F, S>;
  readonly hasFilters: (state: ListState<F, S>) => boolean;
  /** Whether an order may be offered for a search (relevance needs one). */
  readonly allowsSort: (sort: S, search: string) => boolean;
}

export function createListParams<F extends string, S extends string>(definition: ListParamsDefinition<F, S>): ListParams<F, S> {
  const isSort = (value: string | null): value is S => value !== null && (definition.sorts as readonly string[]).includes(value);
  const allowsSort = (sort: S, search: string) => Boolean(search) || !(definition.searchOnlySorts ?? []).includes(sort);
  const parse = (params: URLSearchParams): ListState<F, S> => {
    const search = (params.get(SEARCH_PARAM) ?? '').trim();
    const selected = Object.fromEntries(
      definition.facets.map(({ facet, param, accepts }) => {
        const values = params
          .getAll(param)
          .map((value) => value.trim())
          .filter(Boolean);
        return [facet, [...new Set(accepts ? values.filter(accepts) : values)]];
      }),
    ) as Record<F, string[]>;
    const sortParam = params.get(SORT_PARAM);
    const sort = isSort(sortParam) && allowsSort(sortParam, search) ? sortParam : definition.defaultSort(search);
    return { search, selected, sort };
  };
  return {
    definition,
    parse,
    toParams: (state) => {
      const params = new URLSearchParams();
      if (state.search) params.set(SEARCH_PARAM, state.search);
      for (const { facet, param } of definition.facets) {
        for (const value of state.selected[facet]) params.append(param, value);
      }
      if (state.sort !== definition.defaultSort(state.search)) params.set(SORT_PARAM, state.sort);
      return params;
    },
    toggle: (state, facet, value, checked) => {
      const current = state.selected[facet].filter((v) => v !== value);
      return { ...state, selected: { ...state.selected, [facet]: checked ? [...current, value] : current } };
    },
    cleared: () => parse(new URLSearchParams()),
    hasFilters: (state) => definition.facets.some(({ facet }) => state.selected[facet].length > 0),
    allowsSort,
  };
}
