import type { MethodFilter, MethodOrder } from '../gql/graphql';
import { createListParams, type ListState } from '../list/list-params';

/** The method bank's facet groups, in the order they are shown, with their address key and filter field. */
export const METHOD_FACETS = [
  { facet: 'evidenceLevel', param: 'evidens', filter: 'evidenceLevels' },
  { facet: 'theme', param: 'tema', filter: 'themes' },
  { facet: 'targetGroup', param: 'malgrupp', filter: 'targetGroups' },
  { facet: 'usingOrganization', param: 'anvands-av', filter: 'usingOrganizations' },
] as const;

export type MethodFacet = (typeof METHOD_FACETS)[number]['facet'];

export const METHOD_SORTS = ['relevans', 'namn', 'andrad'] as const;
export type MethodSort = (typeof METHOD_SORTS)[number];

const ORDER_OF_SORT: Readonly<Record<MethodSort, MethodOrder>> = {
  relevans: 'RELEVANCE',
  namn: 'NAME',
  andrad: 'UPDATED_DESC',
};

export type MethodListState = ListState<MethodFacet, MethodSort>;

/** With a search the best matches come first; without one the bank reads alphabetically. */
export const methodParams = createListParams<MethodFacet, MethodSort>({
  facets: METHOD_FACETS.map(({ facet, param }) => ({ facet, param })),
  sorts: METHOD_SORTS,
  defaultSort: (search) => (search ? 'relevans' : 'namn'),
  searchOnlySorts: ['relevans'],
});

export interface MethodQueryVariables {
  readonly search: string | null;
  readonly filter: MethodFilter | null;
  readonly orderBy: MethodOrder;
}

/** What the API is asked: only filters that have values, since an empty list would match nothing. */
export function toMethodVariables(state: MethodListState): MethodQueryVariables {
  const filter: MethodFilter = {};
  for (const { facet, filter: field } of METHOD_FACETS) {
    const values = state.selected[facet];
    if (values.length > 0) filter[field] = [...values];
  }
  return {
    search: state.search || null,
    filter: Object.keys(filter).length > 0 ? filter : null,
    orderBy: ORDER_OF_SORT[state.sort],
  };
}
