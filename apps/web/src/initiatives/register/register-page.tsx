import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../../app/site-map';
import { useOptionalAuth } from '../../auth/use-optional-auth';
import type { RegisterInitiativesQuery, RegisterInitiativesQueryVariables } from '../../gql/graphql';
import { useLocale } from '../../i18n/use-locale';
import { FacetedRegister, type RegisterConfig } from '../../list/faceted-register';
import type { ListQuery } from '../../list/list-query';
import { organizationsQuery } from '../../organizations/organizations-query';
import { Page } from '../../shell/page';
import { buildExportTable, EXPORT_COLUMNS, type RegisterInitiative } from './export-table';
import { facetOptions } from './facet-options';
import { registerParams, toQueryVariables, type FacetKey, type SortOption } from './register-params';
import { registerInitiativesQuery } from './register-queries';
import { RegisterResultItem, resultLinkId } from './register-result-item';
import '../../styles/record.css';
import '../shared/initiatives.css';

type InitiativeRegisterConfig = RegisterConfig<RegisterInitiativesQuery, RegisterInitiativesQueryVariables, RegisterInitiative, FacetKey, SortOption>;

/** How the initiative register asks the API; one query for the list and the export. */
const INITIATIVE_LIST: ListQuery<RegisterInitiativesQuery, RegisterInitiativesQueryVariables, RegisterInitiative, FacetKey, SortOption> = {
  query: registerInitiativesQuery,
  variables: (state, page) => ({ ...toQueryVariables(state), ...page }),
  connection: (data) => data.initiatives,
};

/** The initiative register's part of the faceted register: its texts, facet labels, result item and export table. */
function useInitiativeRegisterConfig(): InitiativeRegisterConfig {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data: organizationData }] = useQuery({ query: organizationsQuery });
  const organizationNames = useMemo(
    () => new Map((organizationData?.organizations ?? []).map((organization) => [organization.slug, organization.name])),
    [organizationData],
  );
  return {
    params: registerParams,
    list: INITIATIVE_LIST,
    nodeKey: (initiative) => initiative.id,
    focusId: (initiative) => resultLinkId(initiative.id),
    renderItem: (initiative) => <RegisterResultItem initiative={initiative} />,
    facetOptions: (facet, counts, selected) => facetOptions(facet, counts, selected, locale, organizationNames),
    texts: {
      searchLabel: t('register.searchLabel'),
      searchHint: t('register.searchHint'),
      searchButton: t('register.searchButton'),
      filtersHeading: t('register.filtersHeading'),
      clearFilters: t('register.clearFilters'),
      facet: (facet) => t(`register.facets.${facet}`),
      facetOption: (label, count) => t('register.facetOption', { label, count }),
      resultsHeading: t('register.resultsHeading'),
      sortLabel: t('register.sortLabel'),
      sort: (sort) => t(`register.sort.${sort}`),
      loading: t('register.loading'),
      count: (count, search) => (search ? t('register.countWithSearch', { count, search }) : t('register.count', { count })),
      empty: (search, filtered) => (search ? t('register.emptyWithSearch', { search }) : filtered ? t('register.empty') : t('register.emptyRegister')),
      clearAll: t('register.clearAll'),
      showing: (shown, total) => t('register.showing', { shown, total }),
      showMore: t('register.showMore'),
      loadingMore: t('register.loadingMore'),
    },
    export: {
      texts: {
        heading: t('register.exportHeading'),
        intro: (max) => t('register.exportIntro', { max }),
        csv: t('register.exportCsv'),
        xlsx: t('register.exportXlsx'),
        working: t('register.exporting'),
        done: (count) => t('register.exported', { count }),
        capped: (total, count) => t('register.exportCapped', { total, count }),
        failed: t('register.exportFailed'),
      },
      table: (initiatives) => {
        const headers = Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, t(`register.columns.${column}`)])) as Record<
          (typeof EXPORT_COLUMNS)[number],
          string
        >;
        return buildExportTable(initiatives, { locale, texts: { headers, yes: t('register.yes'), no: t('register.no') }, origin: window.location.origin });
      },
      fileName: t('register.exportFileName'),
      sheetName: t('register.title'),
    },
  };
}

/** The public register of initiatives: the faceted register with the initiatives' config. */
export function RegisterPage() {
  const { t } = useTranslation();
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const config = useInitiativeRegisterConfig();
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
      <FacetedRegister config={config} />
    </Page>
  );
}
