import type { TypedDocumentNode } from 'urql';
import type { FacetCount } from './facet-options';
import type { ListState } from './list-params';

/** One page of a list query: how many, after which cursor, and whether to count facets too. */
export interface ListPage {
  readonly first: number;
  readonly after: string | null;
  /** Facets only for the first page of the list; further pages and exports skip the counting. */
  readonly withFacets: boolean;
}

/** The Relay-style connection every list query of the API answers with (see apps/api/src/list). */
export interface ListConnection<TNode, F extends string = string> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  readonly edges: ReadonlyArray<{ readonly node: TNode }>;
  readonly facets?: { readonly [K in F]?: readonly FacetCount[] } | null;
}

/** How a register asks the API: the query, its variables for a state and a page, and where the connection is in the answer. */
export interface ListQuery<TData, TVariables extends object, TNode, F extends string, S extends string> {
  readonly query: TypedDocumentNode<TData, TVariables>;
  readonly variables: (state: ListState<F, S>, page: ListPage) => TVariables;
  readonly connection: (data: TData) => ListConnection<TNode, F>;
}
