import type { MaterialFilter, MaterialOrder } from '../gql/graphql';
import { createListParams, type ListState } from '../list/list-params';

/** The register's facet groups, in the order they are shown, with their address key and filter field. */
export const MATERIAL_FACETS = [
  { facet: 'kind', param: 'typ', filter: 'kinds' },
  { facet: 'theme', param: 'tema', filter: 'themes' },
  { facet: 'organization', param: 'organisation', filter: 'organizations' },
  { facet: 'reviewStatus', param: 'granskning', filter: 'reviewStatuses' },
  { facet: 'hasAdaptations', param: 'anpassningar', filter: 'hasAdaptations' },
] as const;

export type MaterialFacet = (typeof MATERIAL_FACETS)[number]['facet'];

export const MATERIAL_SORTS = ['relevans', 'titel', 'andrad', 'granskning'] as const;
export type MaterialSort = (typeof MATERIAL_SORTS)[number];

const ORDER_OF_SORT: Readonly<Record<MaterialSort, MaterialOrder>> = {
  relevans: 'RELEVANCE',
  titel: 'TITLE',
  andrad: 'UPDATED_DESC',
  granskning: 'NEXT_REVIEW',
};

export type MaterialListState = ListState<MaterialFacet, MaterialSort>;

/** With a search the best matches come first (the text inside files too); without one the latest changed. */
export const materialParams = createListParams<MaterialFacet, MaterialSort>({
  facets: MATERIAL_FACETS.map(({ facet, param }) => ({ facet, param })),
  sorts: MATERIAL_SORTS,
  defaultSort: (search) => (search ? 'relevans' : 'andrad'),
  searchOnlySorts: ['relevans'],
});

export interface MaterialQueryVariables {
  readonly search: string | null;
  readonly filter: MaterialFilter | null;
  readonly orderBy: MaterialOrder;
}

/** What the API is asked: only filters that have values, since an empty list would match nothing. */
export function toMaterialVariables(state: MaterialListState): MaterialQueryVariables {
  const filter: MaterialFilter = {};
  for (const { facet, filter: field } of MATERIAL_FACETS) {
    const values = state.selected[facet];
    if (values.length > 0) filter[field] = [...values];
  }
  return {
    search: state.search || null,
    filter: Object.keys(filter).length > 0 ? filter : null,
    orderBy: ORDER_OF_SORT[state.sort],
  };
}
