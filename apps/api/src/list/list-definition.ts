/**
 * What a register list is, declared once per entity: its table, its facets and its orders. The
 * list engine turns it into one statement for a page and one for counts and facets.
 */

/** How a facet's values are checked when they come in as a filter. */
export type FacetValues =
  /** Codes of a vocabulary: unknown codes are refused. */
  | { readonly kind: 'code'; readonly vocabulary: readonly { readonly code: string }[] }
  /** Organisation slugs in, organisation ids in SQL, slugs out again in the counts. */
  | { readonly kind: 'organization' }
  /** Four-digit years. */
  | { readonly kind: 'year' };

export interface FacetDefinition {
  /** SQL expression over the list's alias, e.g. `i.status` or `i.themes`. */
  readonly expression: string;
  /** `array` for text[] columns: a row matches when it has any of the chosen values. */
  readonly shape: 'scalar' | 'array';
  readonly values: FacetValues;
  /** The filter argument's name in GraphQL (plural: `statuses`). */
  readonly argument: string;
  /** Swedish noun for error messages: "Okänt värde för tema". */
  readonly label: string;
  /**
   * A filter written otherwise than `expression && list` / `= ANY(list)`, given the checked values
   * as a typed SQL array, e.g. an index-backed `i.id IN (…)` over the table. Such a facet is a
   * filter only: it has no counts (`expression` is not read).
   */
  readonly condition?: (list: string) => string;
  /** The filter argument's description in the schema, where its name does not say enough. */
  readonly description?: string;
}

export interface OrderDefinition {
  /** SQL expression sorted on; ties are broken by id ascending. */
  readonly key: string;
  /** The cursor's key is cast back to this type. */
  readonly cast: string;
  readonly descending: boolean;
}

export interface ListDefinition<F extends string, O extends string> {
  /** The table and the alias every expression uses. */
  readonly table: string;
  readonly alias: string;
  /** The columns of a full row, read only for the rows of the page. */
  readonly columns: string;
  readonly facets: Readonly<Record<F, FacetDefinition>>;
  readonly orders: Readonly<Record<O, OrderDefinition>>;
  readonly defaultOrder: O;
  /**
   * Free-text search: a join producing the matches (alias `m`, with `m.rank`) or a set of rows
   * replacing the table (`from`), e.g. a SECURITY DEFINER function that can use the search
   * indexes. `relevance` is the order ranked by it.
   */
  readonly search?: {
    /** Appended to `table alias`: the matches as alias `m` with `m.rank`. Used unless `from` is given. */
    readonly join?: (searchParameter: string, ranked: boolean) => string;
    /**
     * Instead of the table: the matches themselves under the list's alias, with `id`, `rank` and
     * every column the facets, orders and conditions name (for example a narrow search table read
     * by a SECURITY DEFINER function that applies visibility inside its scan). Full rows are
     * still read from `table`, under row-level security, for the page only.
     */
    readonly from?: (searchParameter: string, ranked: boolean) => string;
    readonly relevance: O;
    readonly maxLength: number;
  };
  readonly maxPageSize: number;
  /** Swedish plural for messages: "Ange hur många initiativ som ska visas". */
  readonly noun: string;
}

export interface ListArgs<O extends string> {
  readonly first: number;
  readonly after?: string | null;
  readonly search?: string | null;
  readonly orderBy?: O | null;
  /** The GraphQL filter input: values per facet under each facet's `argument` (slugs, codes, years). */
  readonly filter?: object | null;
  /** Parameter-free conditions the entity adds (for example the archive state). */
  readonly conditions?: readonly string[];
}

export interface FacetCount {
  value: string;
  count: number;
}
