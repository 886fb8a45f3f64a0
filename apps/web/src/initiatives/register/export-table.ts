import type { Locale } from '@portal/shared-domain';
import type { RegisterInitiativesQuery } from '../../gql/graphql';
import { initiativePath } from '../../app/site-map';
import { kindLabel, partnerRoleLabel, statusLabel, targetGroupLabel, themeLabel, visibilityLabel } from '../shared/initiative-format';
import type { TableCell } from '../../list/csv';

export type RegisterInitiative = RegisterInitiativesQuery['initiatives']['edges'][number]['node'];

export const EXPORT_COLUMNS = [
  'title',
  'organization',
  'status',
  'kind',
  'visibility',
  'startDate',
  'endDate',
  'themes',
  'targetGroups',
  'partners',
  'totalFunding',
  'demo',
  'link',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ExportTexts {
  readonly headers: Readonly<Record<ExportColumn, string>>;
  readonly yes: string;
  readonly no: string;
}

/** One row per initiative with labels in the user's language; numbers stay numbers for Excel. */
export function buildExportTable(
  initiatives: readonly RegisterInitiative[],
  { locale, texts, origin }: { readonly locale: Locale; readonly texts: ExportTexts; readonly origin: string },
): { header: string[]; rows: TableCell[][] } {
  const list = (values: readonly string[]) => values.join(', ');
  const rows = initiatives.map((initiative) => {
    const cells: Record<ExportColumn, TableCell> = {
      title: initiative.title,
      organization: initiative.organization.name,
      status: statusLabel(initiative.status, locale),
      kind: kindLabel(initiative.kind, locale),
      visibility: visibilityLabel(initiative.visibility, locale),
      startDate: initiative.startDate ?? null,
      endDate: initiative.endDate ?? null,
      themes: list(initiative.themes.map((code) => themeLabel(code, locale))),
      targetGroups: list(initiative.targetGroups.map((code) => targetGroupLabel(code, locale))),
      partners: list(initiative.partners.map((partner) => `${partner.name} (${partnerRoleLabel(partner.role, locale)})`)),
      totalFunding: initiative.totalFundingSek,
      demo: initiative.isDemo ? texts.yes : texts.no,
      link: `${origin}${initiativePath(initiative.id)}`,
    };
    return EXPORT_COLUMNS.map((column) => cells[column]);
  });
  return { header: EXPORT_COLUMNS.map((column) => texts.headers[column]), rows };
}
