import {
  AFTER_LIFE_STATUSES,
  EVIDENCE_LEVELS,
  LIFECYCLE_STATUSES,
  METHOD_RELATION_KINDS,
  METHOD_SOURCE_KINDS,
  TARGET_GROUPS,
  THEMES,
  VISIBILITY_LEVELS,
  type Locale,
} from '@portal/shared-domain';
import { termLabel } from '../i18n/term-label';

// Labels of the codes a method carries; the vocabularies in @portal/shared-domain are the one source.

export const evidenceLevelLabel = (code: string, locale: Locale) => termLabel(EVIDENCE_LEVELS, code, locale);
export const sourceKindLabel = (code: string, locale: Locale) => termLabel(METHOD_SOURCE_KINDS, code, locale);
export const themeLabel = (code: string, locale: Locale) => termLabel(THEMES, code, locale);
export const targetGroupLabel = (code: string, locale: Locale) => termLabel(TARGET_GROUPS, code, locale);
export const lifecycleStatusLabel = (code: string, locale: Locale) => termLabel(LIFECYCLE_STATUSES, code, locale);
export const afterLifeStatusLabel = (code: string, locale: Locale) => termLabel(AFTER_LIFE_STATUSES, code, locale);
/** The API's visibility enum is the vocabulary code in upper case. */
export const visibilityLabel = (visibility: string, locale: Locale) => termLabel(VISIBILITY_LEVELS, visibility.toLowerCase(), locale);

/** "Variant av" from the method that holds the relation, "Har varianten" from the other end. */
export function relationLabel(kind: string, direction: string, locale: Locale): string {
  const term = METHOD_RELATION_KINDS.find((candidate) => candidate.code === kind);
  if (!term) return kind;
  return direction === 'INCOMING' ? term.incoming[locale] : term.label[locale];
}

/** A source's link is shown only for web addresses; anything else stays text. */
export const isWebAddress = (url: string | null | undefined): url is string => Boolean(url && /^https?:\/\//i.test(url));
