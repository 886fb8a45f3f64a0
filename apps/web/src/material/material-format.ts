import {
  MATERIAL_AUDIENCES,
  MATERIAL_FILE_TYPES,
  MATERIAL_HAS_ADAPTATIONS,
  MATERIAL_KINDS,
  MATERIAL_LANGUAGES,
  MATERIAL_LICENCES,
  MATERIAL_REVIEW_STATUSES,
  THEMES,
  VISIBILITY_LEVELS,
  type Locale,
} from '@portal/shared-domain';
import { termLabel } from '../i18n/term-label';

// Labels of the codes a material carries; the lists in @portal/shared-domain are the one source.

export const materialKindLabel = (code: string, locale: Locale) => termLabel(MATERIAL_KINDS, code, locale);
export const materialAudienceLabel = (code: string, locale: Locale) => termLabel(MATERIAL_AUDIENCES, code, locale);
export const materialLanguageLabel = (code: string, locale: Locale) => termLabel(MATERIAL_LANGUAGES, code, locale);
export const materialLicenceLabel = (code: string, locale: Locale) => termLabel(MATERIAL_LICENCES, code, locale);
export const reviewStatusLabel = (code: string, locale: Locale) => termLabel(MATERIAL_REVIEW_STATUSES, code, locale);
export const hasAdaptationsLabel = (code: string, locale: Locale) => termLabel(MATERIAL_HAS_ADAPTATIONS, code, locale);
export const themeLabel = (code: string, locale: Locale) => termLabel(THEMES, code, locale);
/** The API's visibility enum is the vocabulary code in upper case. */
export const visibilityLabel = (visibility: string, locale: Locale) => termLabel(VISIBILITY_LEVELS, visibility.toLowerCase(), locale);

/** What the file is, by the type its content was recognised as (not its name). */
export function fileTypeLabel(mediaType: string, locale: Locale): string {
  return MATERIAL_FILE_TYPES.find((type) => type.mediaType === mediaType)?.label[locale] ?? mediaType;
}

/** A size in kB or MB with the reader's decimal sign: "1,2 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number, digits: number) => new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} kB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}

/** Statuses that must be seen wherever the material is shown: past its validity, overdue, not yet valid. */
export const isFlaggedReviewStatus = (code: string): boolean => code !== 'current';

/** "Anpassningar: Motala kommun, Kinda kommun": each organisation once, in the order they adapted. */
export function adaptationNames(adaptations: ReadonlyArray<{ readonly organization: { readonly name: string } }>): string[] {
  return [...new Set(adaptations.map((adaptation) => adaptation.organization.name))];
}
