import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useQuery, type CombinedError } from 'urql';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { QueryState } from '../ui/query-state';
import type { FacetCount, FacetOption } from './facet-options';
import { FacetFilters } from './facet-filters';
import { ListExportSection, type ListExportConfig } from './list-export-section';
import type { ListParams, ListState } from './list-params';
import type { ListQuery } from './list-query';
import '../styles/register.css';

export interface RegisterTexts<F extends string, S extends string> {
  readonly searchLabel: string;
  readonly searchHint: string;
  readonly searchButton: string;
  readonly filtersHeading: string;
  readonly clearFilters: string;
  readonly facet: (facet: F) => string;
  readonly facetOption: (label: string, count: number) => string;
  readonly resultsHeading: string;
  readonly sortLabel: string;
  readonly sort: (sort: S) => string;
  readonly loading: string;
  /** "25 initiativ", or with a search "25 initiativ matchar ”vård”". */
  readonly count: (total: number, search: string) => string;
  /** Nothing found: with a search, with filters only, or an empty register. */
  readonly empty: (search: string, filtered: boolean) => string;
  readonly clearAll: string;
  readonly showing: (shown: number, total: number) => string;
  readonly showMore: string;
  readonly loadingMore: string;
}

/** Everything one register (initiatives, methods …) declares; the search, facets, paging and export are the same for all. */
export interface RegisterConfig<TData, TVariables extends object, TNode, F extends string, S extends string> {
  readonly params: ListParams<F, S>;
  readonly list: ListQuery<TData, TVariables, TNode, F, S>;
  readonly nodeKey: (node: TNode) => string;
  /** The id of the node's title link, which takes focus when "Visa fler" adds it. */
  readonly focusId: (node: TNode) => string;
  /** One result, as an <li>. */
  readonly renderItem: (node: TNode) => ReactNode;
  readonly facetOptions: (facet: F, counts: readonly FacetCount[], selected: readonly string[]) => FacetOption[];
  readonly texts: RegisterTexts<F, S>;
  readonly export?: ListExportConfig<TNode>;
  readonly pageSize?: number;
}

/** Pages fetched with "Visa fler", for the result they belong to. */
interface MorePages<TNode> {
  readonly key: string;
  readonly nodes: readonly TNode[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** A searchable, faceted register: search, facet filters, sorting, paging and export, all kept in the address. */
export function FacetedRegister<TData, TVariables extends object, TNode, F extends string, S extends string>({
  config,
}: {
  readonly config: RegisterConfig<TData, TVariables, TNode, F, S>;
}) {
  const { params, list, texts } = config;
  const pageSize = config.pageSize ?? 20;
  const client = useClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => params.parse(searchParams), [params, searchParams]);
  const key = params.toParams(state).toString();
  // The controls show a change at once; the address (and so the query) follows a moment later.
  const [shownState, setShownState] = useState(state);
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setShownState(state);
  }

  const firstPage = useMemo(() => list.variables(state, { first: pageSize, after: null, withFacets: true }), [list, state, pageSize]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: list.query, variables: firstPage });
  // Keep showing the previous answer while the next loads, so a ticked box never vanishes under focus.
  const [previous, setPrevious] = useState<TData | undefined>(data);
  if (data && data !== previous) setPrevious(data);
  const current = data ?? previous;
  const connection = current ? list.connection(current) : undefined;

  const [more, setMore] = useState<MorePages<TNode> | undefined>(undefined);
  const [moreError, setMoreError] = useState<{ key: string; error: CombinedError } | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const currentMore = more?.key === key ? more : undefined;
  const shown = connection ? [...connection.edges.map((edge) => edge.node), ...(currentMore?.nodes ?? [])] : [];
  // Only from a fresh answer: a cursor of the previous result would not fit the new filters.
  const hasNextPage = Boolean(data) && (currentMore ? currentMore.hasNextPage : Boolean(connection?.pageInfo.hasNextPage));
  const nextCursor = currentMore ? currentMore.endCursor : (connection?.pageInfo.endCursor ?? null);

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  function go(next: ListState<F, S>) {
    setShownState(next);
    setSearchParams(params.toParams(next), { preventScrollReset: true });
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = String(new FormData(event.currentTarget).get('sok') ?? '').trim();
    // A new search is ranked by its default (relevance) unless another order was chosen explicitly.
    const explicit = state.sort !== params.definition.defaultSort(state.search);
    const sort = explicit && params.allowsSort(state.sort, search) ? state.sort : params.definition.defaultSort(search);
    go({ ...state, search, sort });
  }

  async function showMore() {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    const result = await client.query(list.query, list.variables(state, { first: pageSize, after: nextCursor, withFacets: false })).toPromise();
    setLoadingMore(false);
    if (result.error || !result.data) {
      if (result.error) setMoreError({ key, error: result.error });
      return;
    }
    setMoreError(undefined);
    const page = list.connection(result.data);
    const nodes = page.edges.map((edge) => edge.node);
    setMore({ key, nodes: [...(currentMore?.nodes ?? []), ...nodes], endCursor: page.pageInfo.endCursor ?? null, hasNextPage: page.pageInfo.hasNextPage });
    if (nodes[0]) setFocusId(config.focusId(nodes[0]));
  }

  const filtered = params.hasFilters(state);
  const total = connection?.totalCount ?? 0;
  const countText = !connection ? (fetching ? texts.loading : '') : texts.count(total, state.search);

  return (
    <>
      <form role="search" className="register-search" onSubmit={submitSearch} key={state.search}>
        <label htmlFor="register-search">{texts.searchLabel}</label>
        <p id="register-search-hint" className="hint">
          {texts.searchHint}
        </p>
        <div className="register-search__row">
          <input id="register-search" name="sok" type="search" defaultValue={state.search} aria-describedby="register-search-hint" maxLength={200} />
          <button type="submit" className="button">
            {texts.searchButton}
          </button>
        </div>
      </form>

      <div className="register-layout">
        <FacetFilters
          facets={params.definition.facets.map(({ facet }) => facet)}
          counts={connection?.facets}
          selected={shownState.selected}
          optionsOf={config.facetOptions}
          texts={{ heading: texts.filtersHeading, clear: texts.clearFilters, legend: texts.facet, option: texts.facetOption }}
          hasFilters={filtered}
          onToggle={(facet, value, checked) => go(params.toggle(shownState, facet, value, checked))}
          onClear={() => go({ ...params.cleared(), search: state.search, sort: state.sort })}
        />

        <section className="register-results" aria-labelledby="register-results-heading">
          <h2 id="register-results-heading">{texts.resultsHeading}</h2>
          <div className="register-results__bar">
            <p role="status" className="register-results__count">
              {countText}
            </p>
            <div className="register-sort">
              <label htmlFor="register-sort">{texts.sortLabel}</label>{' '}
              <select id="register-sort" value={shownState.sort} onChange={(event) => go({ ...shownState, sort: event.currentTarget.value as S })}>
                {params.definition.sorts
                  .filter((option) => params.allowsSort(option, state.search))
                  .map((option) => (
                    <option key={option} value={option}>
                      {texts.sort(option)}
                    </option>
                  ))}
              </select>
            </div>
          </div>

          <QueryState
            // A failed new query shows its error even while the previous answer is kept.
            result={{ data: error && !data ? undefined : connection, fetching, error: data ? undefined : error }}
            // The count above tells that it is loading.
            loading={null}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            isEmpty={(found) => found.totalCount === 0}
            empty={
              <div className="notice register-empty">
                <p>{texts.empty(state.search, filtered)}</p>
                {(state.search || filtered) && (
                  <button type="button" className="button button--secondary" onClick={() => go(params.cleared())}>
                    {texts.clearAll}
                  </button>
                )}
              </div>
            }
          >
            {() => (
              <>
                <ol className="register-list" aria-labelledby="register-results-heading" aria-busy={fetching}>
                  {shown.map((node) => (
                    <RegisterItem key={config.nodeKey(node)}>{config.renderItem(node)}</RegisterItem>
                  ))}
                </ol>
                <p className="hint">{texts.showing(shown.length, total)}</p>
                {moreError?.key === key && <QueryErrorAlert error={moreError.error} onRetry={() => void showMore()} />}
                {hasNextPage && (
                  <button type="button" className="button button--secondary" aria-disabled={loadingMore} onClick={() => void showMore()}>
                    {loadingMore ? texts.loadingMore : texts.showMore}
                  </button>
                )}
              </>
            )}
          </QueryState>
        </section>
      </div>

      {config.export && connection && total > 0 && <ListExportSection list={list} state={state} config={config.export} />}
    </>
  );
}

/** The list item around a rendered result, so an item renderer writes only its content. */
function RegisterItem({ children }: { readonly children: ReactNode }) {
  return <li className="register-item">{children}</li>;
}
