import type { Locale } from '@portal/shared-domain';
import { methodPath } from '../app/site-map';
import type { MethodRegisterQuery } from '../gql/graphql';
import type { TableCell } from '../list/csv';
import { evidenceLevelLabel, targetGroupLabel, themeLabel, visibilityLabel } from './method-format';

export type MethodNode = MethodRegisterQuery['methods']['edges'][number]['node'];

export const METHOD_EXPORT_COLUMNS = ['name', 'summary', 'evidenceLevel', 'themes', 'targetGroups', 'owner', 'visibility', 'link'] as const;
export type MethodExportColumn = (typeof METHOD_EXPORT_COLUMNS)[number];

/** One row per method with labels in the user's language, for CSV and Excel. */
export function buildMethodExportTable(
  methods: readonly MethodNode[],
  { locale, headers, origin }: { readonly locale: Locale; readonly headers: Readonly<Record<MethodExportColumn, string>>; readonly origin: string },
): { header: string[]; rows: TableCell[][] } {
  const list = (values: readonly string[]) => values.join(', ');
  const rows = methods.map((method) => {
    const cells: Record<MethodExportColumn, TableCell> = {
      name: method.name,
      summary: method.summary,
      evidenceLevel: method.evidenceLevel ? evidenceLevelLabel(method.evidenceLevel, locale) : null,
      themes: list(method.themes.map((code) => themeLabel(code, locale))),
      targetGroups: list(method.targetGroups.map((code) => targetGroupLabel(code, locale))),
      owner: method.organization.name,
      visibility: visibilityLabel(method.visibility, locale),
      link: `${origin}${methodPath(method.id)}`,
    };
    return METHOD_EXPORT_COLUMNS.map((column) => cells[column]);
  });
  return { header: METHOD_EXPORT_COLUMNS.map((column) => headers[column]), rows };
}
