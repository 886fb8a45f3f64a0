import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/site-map';
import { useOptionalAuth } from '../auth/use-optional-auth';
import type { MethodRegisterQuery, MethodRegisterQueryVariables } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { FacetedRegister, type RegisterConfig } from '../list/faceted-register';
import type { ListQuery } from '../list/list-query';
import { organizationsQuery } from '../organizations/organizations-query';
import { Page } from '../shell/page';
import { buildMethodExportTable, METHOD_EXPORT_COLUMNS, type MethodExportColumn, type MethodNode } from './method-export-table';
import { methodFacetOptions } from './method-facet-options';
import { methodRegisterQuery } from './method-queries';
import { methodParams, toMethodVariables, type MethodFacet, type MethodSort } from './method-register-params';
import { MethodResultItem, methodLinkId } from './method-result-item';
import '../styles/record.css';
import { useMethodsTranslation } from './methods.i18n';

export type MethodRegisterConfig = RegisterConfig<MethodRegisterQuery, MethodRegisterQueryVariables, MethodNode, MethodFacet, MethodSort>;

/** How the method bank asks the API; one query for the list and the export. */
export const METHOD_LIST: ListQuery<MethodRegisterQuery, MethodRegisterQueryVariables, MethodNode, MethodFacet, MethodSort> = {
  query: methodRegisterQuery,
  variables: (state, page) => ({ ...toMethodVariables(state), ...page }),
  connection: (data) => data.methods,
};

/** The method bank's part of the faceted register: texts, facet labels, the result item and the export table. */
export function useMethodRegisterConfig(): MethodRegisterConfig {
  const { t } = useMethodsTranslation();
  const locale = useLocale();
  const [{ data: organizationData }] = useQuery({ query: organizationsQuery });
  const organizationNames = useMemo(
    () => new Map((organizationData?.organizations ?? []).map((organization) => [organization.slug, organization.name])),
    [organizationData],
  );
  return {
    params: methodParams,
    list: METHOD_LIST,
    nodeKey: (method) => method.id,
    focusId: (method) => methodLinkId(method.id),
    renderItem: (method) => <MethodResultItem method={method} />,
    facetOptions: (facet, counts, selected) => methodFacetOptions(facet, counts, selected, locale, organizationNames),
    texts: {
      searchLabel: t('methods.searchLabel'),
      searchHint: t('methods.searchHint'),
      searchButton: t('methods.searchButton'),
      filtersHeading: t('methods.filtersHeading'),
      clearFilters: t('methods.clearFilters'),
      facet: (facet) => t(`methods.facets.${facet}`),
      facetOption: (label, count) => t('methods.facetOption', { label, count }),
      resultsHeading: t('methods.resultsHeading'),
      sortLabel: t('methods.sortLabel'),
      sort: (sort) => t(`methods.sort.${sort}`),
      loading: t('methods.loading'),
      count: (count, search) => (search ? t('methods.countWithSearch', { count, search }) : t('methods.count', { count })),
      empty: (search, filtered) => (search ? t('methods.emptyWithSearch', { search }) : filtered ? t('methods.empty') : t('methods.emptyRegister')),
      clearAll: t('methods.clearAll'),
      showing: (shown, total) => t('methods.showing', { shown, total }),
      showMore: t('methods.showMore'),
      loadingMore: t('methods.loadingMore'),
    },
    export: {
      texts: {
        heading: t('methods.exportHeading'),
        intro: (max) => t('methods.exportIntro', { max }),
        csv: t('methods.exportCsv'),
        xlsx: t('methods.exportXlsx'),
        working: t('methods.exporting'),
        done: (count) => t('methods.exported', { count }),
        capped: (total, count) => t('methods.exportCapped', { total, count }),
        failed: t('methods.exportFailed'),
      },
      table: (methods) => {
        const headers = Object.fromEntries(METHOD_EXPORT_COLUMNS.map((column) => [column, t(`methods.columns.${column}`)])) as Record<
          MethodExportColumn,
          string
        >;
        return buildMethodExportTable(methods, { locale, headers, origin: window.location.origin });
      },
      fileName: t('methods.exportFileName'),
      sheetName: t('methods.title'),
    },
  };
}

/** The method bank (/metoder): the faceted register with the methods' config. */
export function MethodRegisterPage() {
  const { t } = useMethodsTranslation();
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const config = useMethodRegisterConfig();
  return (
    <Page title={t('methods.title')}>
      <p className="lead">{t('methods.intro')}</p>
      {signedIn && (
        <p>
          <Link className="button" to={PATHS.newMethod}>
            {t('methods.create')}
          </Link>
        </p>
      )}
      <FacetedRegister config={config} />
    </Page>
  );
}
