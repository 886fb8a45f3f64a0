import type { Locale } from '@portal/shared-domain';
import { materialPath } from '../app/site-map';
import type { MaterialListFieldsFragment } from '../gql/graphql';
import type { TableCell } from '../list/csv';
import { adaptationNames, materialKindLabel, reviewStatusLabel, themeLabel, visibilityLabel } from './material-format';

export type MaterialNode = MaterialListFieldsFragment;

export const MATERIAL_EXPORT_COLUMNS = ['title', 'summary', 'kind', 'themes', 'owner', 'reviewStatus', 'version', 'adaptations', 'visibility', 'link'] as const;
export type MaterialExportColumn = (typeof MATERIAL_EXPORT_COLUMNS)[number];

/** One row per material with labels in the user's language, for CSV and Excel. */
export function buildMaterialExportTable(
  materials: readonly MaterialNode[],
  { locale, headers, origin }: { readonly locale: Locale; readonly headers: Readonly<Record<MaterialExportColumn, string>>; readonly origin: string },
): { header: string[]; rows: TableCell[][] } {
  const list = (values: readonly string[]) => values.join(', ');
  const rows = materials.map((material) => {
    const cells: Record<MaterialExportColumn, TableCell> = {
      title: material.title,
      summary: material.summary,
      kind: materialKindLabel(material.kind, locale),
      themes: list(material.themes.map((code) => themeLabel(code, locale))),
      owner: material.organization.name,
      reviewStatus: reviewStatusLabel(material.reviewStatus, locale),
      version: material.currentVersionNumber > 0 ? material.currentVersionNumber : null,
      adaptations: list(adaptationNames(material.adaptations)),
      visibility: visibilityLabel(material.visibility, locale),
      link: `${origin}${materialPath(material.id)}`,
    };
    return MATERIAL_EXPORT_COLUMNS.map((column) => cells[column]);
  });
  return { header: MATERIAL_EXPORT_COLUMNS.map((column) => headers[column]), rows };
}
