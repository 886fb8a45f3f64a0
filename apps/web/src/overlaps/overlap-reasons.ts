import type { TFunction } from 'i18next';
import { FUNDER_TYPES, PROJECT_KINDS, REGION_ORGANIZATIONS, TARGET_GROUPS, THEMES, type Locale } from '@portal/shared-domain';
import { termLabel } from '../i18n/term-label';

export interface OverlapReasonValue {
  readonly code: string;
  readonly values: readonly string[];
  readonly months?: number | null | undefined;
}

/** GraphQL enum value ↔ the shared code: `NO_OVERLAP` ↔ `no-overlap`, `HIGH` ↔ `high`. */
export const codeOf = (value: string): string => value.toLowerCase().replace(/_/g, '-');
export const enumOf = <T extends string>(code: string): T => code.toUpperCase().replace(/-/g, '_') as T;

const MUNICIPALITY_NAMES = new Map(REGION_ORGANIZATIONS.map((o) => [o.code, o.name.replace(/ kommun$/, '')]));

function list(values: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(values);
}

/** "esf-plus|PO2" → "ESF+ PO2"; "state-grant|Socialstyrelsen" → "Socialstyrelsen". */
function funding(value: string, locale: Locale, programme: boolean): string {
  const [type = '', name = ''] = value.split('|');
  return programme ? `${termLabel(FUNDER_TYPES, type, locale)} ${name.toLocaleUpperCase(locale)}` : name;
}

/** One reason in words, in the reader's language (the API sends codes and values only). */
export function reasonText(reason: OverlapReasonValue, t: TFunction, locale: Locale): string {
  const labels = (terms: Parameters<typeof termLabel>[0]) =>
    list(
      reason.values.map((code) => termLabel(terms, code, locale).toLocaleLowerCase(locale)),
      locale,
    );
  switch (reason.code) {
    case 'target-groups':
      return t('overlaps.reason.target-groups', { list: labels(TARGET_GROUPS) });
    case 'themes':
      return t('overlaps.reason.themes', { list: labels(THEMES) });
    case 'concurrent':
      return t('overlaps.reason.concurrent', { count: reason.months ?? 0 });
    case 'same-kind':
      return t('overlaps.reason.same-kind', { kinds: t(`overlaps.kindsPlural.${reason.values[0] ?? 'pre-study'}` as 'overlaps.kindsPlural.pre-study') });
    case 'neighbouring-kind':
      return t('overlaps.reason.neighbouring-kind', { kind: labels(PROJECT_KINDS) });
    case 'same-programme':
      return t('overlaps.reason.same-programme', {
        list: list(
          reason.values.map((v) => funding(v, locale, true)),
          locale,
        ),
      });
    case 'same-funder':
      return t('overlaps.reason.same-funder', {
        list: list(
          reason.values.map((v) => funding(v, locale, false)),
          locale,
        ),
      });
    case 'occupations':
      return t('overlaps.reason.occupations', { list: list(reason.values, locale) });
    case 'methods':
      return reason.values.length ? t('overlaps.reason.methods', { list: list(reason.values, locale) }) : t('overlaps.reason.methodsUnnamed');
    case 'similar-text':
      return t('overlaps.reason.similar-text');
    case 'same-municipality':
    case 'neighbouring-municipality':
      return t(`overlaps.reason.${reason.code}`, {
        list: list(
          reason.values.map((code) => MUNICIPALITY_NAMES.get(code) ?? code),
          locale,
        ),
      });
    default:
      return reason.code;
  }
}

/** All reasons as one line: "Samma målgrupp: … · 8 månader samtidigt · båda förstudier · …". */
export function reasonsLine(reasons: readonly OverlapReasonValue[], t: TFunction, locale: Locale): string {
  const line = reasons.map((reason) => reasonText(reason, t, locale)).join(' · ');
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1);
}
