import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useClient, useQuery, type CombinedError } from 'urql';
import { PATHS } from '../../app/site-map';
import { useOptionalAuth } from '../../auth/use-optional-auth';
import { QueryErrorAlert } from '../../graphql/query-error-alert';
import type { RegisterInitiativesQuery } from '../../gql/graphql';
import { organizationsQuery } from '../../organizations/organizations-query';
import { Page } from '../../shell/page';
import type { RegisterInitiative } from './export-table';
import { RegisterExport } from './register-export';
import { RegisterFilters } from './register-filters';
import {
  clearedState,
  defaultSort,
  hasFilters,
  parseRegisterParams,
  SORT_OPTIONS,
  toggleFacetValue,
  toQueryVariables,
  toRegisterParams,
  type RegisterState,
  type SortOption,
} from './register-params';
import { registerInitiativesQuery } from './register-queries';
import { RegisterResultItem, resultLinkId } from './register-result-item';
import '../shared/initiatives.css';
import './register-page.css';

const PAGE_SIZE = 20;

/** Pages fetched with "Visa fler", for the result they belong to. */
interface MorePages {
  readonly key: string;
  readonly nodes: readonly RegisterInitiative[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** The public register: search, facet filters, sorting, paging and export, all kept in the address. */
export function RegisterPage() {
  const { t } = useTranslation();
  const client = useClient();
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseRegisterParams(searchParams), [searchParams]);
  const key = toRegisterParams(state).toString();
  const variables = useMemo(() => toQueryVariables(state), [state]);
  // The controls show a change at once; the address (and so the query) follows a moment later.
  const [shownState, setShownState] = useState(state);
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setShownState(state);
  }

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: registerInitiativesQuery,
    variables: { ...variables, first: PAGE_SIZE, after: null, withFacets: true },
  });
  // Keep showing the previous answer while the next loads, so a ticked box never vanishes under focus.
  const [previous, setPrevious] = useState<RegisterInitiativesQuery | undefined>(data);
  if (data && data !== previous) setPrevious(data);
  const current = data ?? previous;
  const connection = current?.initiatives;

  const [{ data: organizationData }] = useQuery({ query: organizationsQuery });
  const organizationNames = useMemo(
    () => new Map((organizationData?.organizations ?? []).map((organization) => [organization.slug, organization.name])),
    [organizationData],
  );

  const [more, setMore] = useState<MorePages | undefined>(undefined);
  const [moreError, setMoreError] = useState<{ key: string; error: CombinedError } | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const currentMore = more?.key === key ? more : undefined;
  const shown = connection ? [...connection.edges.map((edge) => edge.node), ...(currentMore?.nodes ?? [])] : [];
  // Only from a fresh answer: a cursor of the previous result would not fit the new filters.
  const hasNextPage = Boolean(data) && (currentMore ? currentMore.hasNextPage : Boolean(connection?.pageInfo.hasNextPage));
  const nextCursor = currentMore ? currentMore.endCursor : (connection?.pageInfo.endCursor ?? null);

  useEffect(() => {
    if (focusId) document.getElementById(resultLinkId(focusId))?.focus();
  }, [focusId]);

  function go(next: RegisterState) {
    setShownState(next);
    setSearchParams(toRegisterParams(next), { preventScrollReset: true });
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = String(new FormData(event.currentTarget).get('sok') ?? '').trim();
    // A new search is ranked by relevance unless another order was chosen explicitly.
    const explicit = state.sort !== defaultSort(state.search);
    const sort = explicit && !(state.sort === 'relevans' && !search) ? state.sort : defaultSort(search);
    go({ ...state, search, sort });
  }

  async function showMore() {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    const result = await client
      .query(registerInitiativesQuery, { ...variables, first: PAGE_SIZE, after: nextCursor, withFacets: false })
      .toPromise();
    setLoadingMore(false);
    if (result.error || !result.data) {
      if (result.error) setMoreError({ key, error: result.error });
      return;
    }
    setMoreError(undefined);
    const page = result.data.initiatives;
    const nodes = page.edges.map((edge) => edge.node);
    setMore({ key, nodes: [...(currentMore?.nodes ?? []), ...nodes], endCursor: page.pageInfo.endCursor ?? null, hasNextPage: page.pageInfo.hasNextPage });
    if (nodes[0]) setFocusId(nodes[0].id);
  }

  const filtered = hasFilters(state);
  const total = connection?.totalCount ?? 0;
  const countText = !connection
    ? fetching
      ? t('register.loading')
      : ''
    : state.search
      ? t('register.countWithSearch', { count: total, search: state.search })
      : t('register.count', { count: total });

  return (
    <Page title={t('register.title')}>
      <p className="lead">{t('register.intro')}</p>
      {signedIn && (
        <p>
          <Link className="button" to={PATHS.newInitiative}>
            {t('register.create')}
          </Link>
        </p>
      )}

      <form role="search" className="register-search" onSubmit={submitSearch} key={state.search}>
        <label htmlFor="register-search">{t('register.searchLabel')}</label>
        <p id="register-search-hint" className="hint">
          {t('register.searchHint')}
        </p>
        <div className="register-search__row">
          <input id="register-search" name="sok" type="search" defaultValue={state.search} aria-describedby="register-search-hint" maxLength={200} />
          <button type="submit" className="button">
            {t('register.searchButton')}
          </button>
        </div>
      </form>

      <div className="register-layout">
        <RegisterFilters
          facets={connection?.facets ?? undefined}
          state={shownState}
          organizationNames={organizationNames}
          hasFilters={filtered}
          onToggle={(facet, value, checked) => go(toggleFacetValue(shownState, facet, value, checked))}
          onClear={() => go({ ...clearedState(), search: state.search, sort: state.sort })}
        />

        <section className="register-results" aria-labelledby="register-results-heading">
          <h2 id="register-results-heading">{t('register.resultsHeading')}</h2>
          <div className="register-results__bar">
            <p role="status" className="register-results__count">
              {countText}
            </p>
            <div className="register-sort">
              <label htmlFor="register-sort">{t('register.sortLabel')}</label>{' '}
              <select id="register-sort" value={shownState.sort} onChange={(event) => go({ ...shownState, sort: event.currentTarget.value as SortOption })}>
                {SORT_OPTIONS.filter((option) => option !== 'relevans' || state.search).map((option) => (
                  <option key={option} value={option}>
                    {t(`register.sort.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {error && !data ? (
            <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          ) : connection && total === 0 ? (
            <div className="notice register-empty">
              <p>
                {state.search || filtered
                  ? state.search
                    ? t('register.emptyWithSearch', { search: state.search })
                    : t('register.empty')
                  : t('register.emptyRegister')}
              </p>
              {(state.search || filtered) && (
                <button type="button" className="button button--secondary" onClick={() => go(clearedState())}>
                  {t('register.clearAll')}
                </button>
              )}
            </div>
          ) : connection ? (
            <>
              <ol className="register-list" aria-labelledby="register-results-heading" aria-busy={fetching}>
                {shown.map((initiative) => (
                  <RegisterResultItem key={initiative.id} initiative={initiative} />
                ))}
              </ol>
              <p className="hint">{t('register.showing', { shown: shown.length, total })}</p>
              {moreError?.key === key && <QueryErrorAlert error={moreError.error} onRetry={() => void showMore()} />}
              {hasNextPage && (
                <button type="button" className="button button--secondary" aria-disabled={loadingMore} onClick={() => void showMore()}>
                  {loadingMore ? t('register.loadingMore') : t('register.showMore')}
                </button>
              )}
            </>
          ) : null}
        </section>
      </div>

      {connection && total > 0 && <RegisterExport variables={variables} />}
    </Page>
  );
}
