import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/site-map';
import { useOptionalAuth } from '../auth/use-optional-auth';
import type { MaterialRegisterQuery, MaterialRegisterQueryVariables } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { FacetedRegister, type RegisterConfig } from '../list/faceted-register';
import type { ListQuery } from '../list/list-query';
import { organizationsQuery } from '../organizations/organizations-query';
import { Page } from '../shell/page';
import { buildMaterialExportTable, MATERIAL_EXPORT_COLUMNS, type MaterialExportColumn, type MaterialNode } from './material-export-table';
import { materialFacetOptions } from './material-facet-options';
import { materialRegisterQuery } from './material-queries';
import { materialParams, toMaterialVariables, type MaterialFacet, type MaterialSort } from './material-register-params';
import { MaterialResultItem, materialLinkId } from './material-result-item';
import '../styles/record.css';
import './material.css';
import { useMaterialTranslation } from './material.i18n';

export type MaterialRegisterConfig = RegisterConfig<MaterialRegisterQuery, MaterialRegisterQueryVariables, MaterialNode, MaterialFacet, MaterialSort>;

/** How the register asks the API; one query for the list and the export. */
export const MATERIAL_LIST: ListQuery<MaterialRegisterQuery, MaterialRegisterQueryVariables, MaterialNode, MaterialFacet, MaterialSort> = {
  query: materialRegisterQuery,
  variables: (state, page) => ({ ...toMaterialVariables(state), ...page }),
  connection: (data) => data.materials,
};

/** The material's part of the faceted register: texts, facet labels, the result item and the export table. */
export function useMaterialRegisterConfig(): MaterialRegisterConfig {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const [{ data: organizationData }] = useQuery({ query: organizationsQuery });
  const organizationNames = useMemo(
    () => new Map((organizationData?.organizations ?? []).map((organization) => [organization.slug, organization.name])),
    [organizationData],
  );
  return {
    params: materialParams,
    list: MATERIAL_LIST,
    nodeKey: (material) => material.id,
    focusId: (material) => materialLinkId(material.id),
    renderItem: (material) => <MaterialResultItem material={material} />,
    facetOptions: (facet, counts, selected) => materialFacetOptions(facet, counts, selected, locale, organizationNames),
    texts: {
      searchLabel: t('material.searchLabel'),
      searchHint: t('material.searchHint'),
      searchButton: t('material.searchButton'),
      filtersHeading: t('material.filtersHeading'),
      clearFilters: t('material.clearFilters'),
      facet: (facet) => t(`material.facets.${facet}`),
      facetOption: (label, count) => t('material.facetOption', { label, count }),
      resultsHeading: t('material.resultsHeading'),
      sortLabel: t('material.sortLabel'),
      sort: (sort) => t(`material.sort.${sort}`),
      loading: t('material.loading'),
      count: (count, search) => (search ? t('material.countWithSearch', { count, search }) : t('material.count', { count })),
      empty: (search, filtered) => (search ? t('material.emptyWithSearch', { search }) : filtered ? t('material.empty') : t('material.emptyRegister')),
      clearAll: t('material.clearAll'),
      showing: (shown, total) => t('material.showing', { shown, total }),
      showMore: t('material.showMore'),
      loadingMore: t('material.loadingMore'),
    },
    export: {
      texts: {
        heading: t('material.exportHeading'),
        intro: (max) => t('material.exportIntro', { max }),
        csv: t('material.exportCsv'),
        xlsx: t('material.exportXlsx'),
        working: t('material.exporting'),
        done: (count) => t('material.exported', { count }),
        capped: (total, count) => t('material.exportCapped', { total, count }),
        failed: t('material.exportFailed'),
      },
      table: (materials) => {
        const headers = Object.fromEntries(MATERIAL_EXPORT_COLUMNS.map((column) => [column, t(`material.columns.${column}`)])) as Record<
          MaterialExportColumn,
          string
        >;
        return buildMaterialExportTable(materials, { locale, headers, origin: window.location.origin });
      },
      fileName: t('material.exportFileName'),
      sheetName: t('material.title'),
    },
  };
}

/** The material register (/material): the faceted register with the material's config. */
export function MaterialRegisterPage() {
  const { t } = useMaterialTranslation();
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const config = useMaterialRegisterConfig();
  return (
    <Page title={t('material.title')}>
      <p className="lead">{t('material.intro')}</p>
      {signedIn && (
        <p className="material-actions">
          <Link className="button" to={PATHS.newMaterial}>
            {t('material.create')}
          </Link>{' '}
          <Link to={PATHS.materialReviews}>{t('material.reviewsLink')}</Link>
        </p>
      )}
      <FacetedRegister config={config} />
    </Page>
  );
}
