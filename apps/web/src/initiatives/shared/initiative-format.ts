import {
  AFTER_LIFE_STATUSES,
  FOLLOW_UP_MILESTONES,
  FUNDER_TYPES,
  FUNDING_STATUSES,
  VISIBILITY_LEVELS,
  LIFECYCLE_STATUSES,
  PARTNER_ROLES,
  PROJECT_KINDS,
  TARGET_GROUPS,
  THEMES,
  type Locale,
} from '@portal/shared-domain';
import { termLabel } from '../../i18n/term-label';

// Display helpers shared by the register, the initiative page and (read-only) other initiative views.

const INTL_LOCALES: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

export const intlLocale = (locale: Locale): string => INTL_LOCALES[locale];

export const statusLabel = (code: string, locale: Locale) => termLabel(LIFECYCLE_STATUSES, code, locale);
export const kindLabel = (code: string, locale: Locale) => termLabel(PROJECT_KINDS, code, locale);
export const themeLabel = (code: string, locale: Locale) => termLabel(THEMES, code, locale);
export const targetGroupLabel = (code: string, locale: Locale) => termLabel(TARGET_GROUPS, code, locale);
export const funderTypeLabel = (code: string, locale: Locale) => termLabel(FUNDER_TYPES, code, locale);
export const fundingStatusLabel = (code: string, locale: Locale) => termLabel(FUNDING_STATUSES, code, locale);
export const partnerRoleLabel = (code: string, locale: Locale) => termLabel(PARTNER_ROLES, code, locale);
export const afterLifeStatusLabel = (code: string, locale: Locale) => termLabel(AFTER_LIFE_STATUSES, code, locale);
export const milestoneLabel = (code: string, locale: Locale) => termLabel(FOLLOW_UP_MILESTONES, code, locale);
/** The API's visibility enum is the vocabulary code in upper case. */
export const visibilityLabel = (visibility: string, locale: Locale) => termLabel(VISIBILITY_LEVELS, visibility.toLowerCase(), locale);

/** Whole kronor, as "400 000 kr" in Swedish. */
export function formatSek(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(amount);
}

/** A calendar date (ÅÅÅÅ-MM-DD) without shifting it through the browser's time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "2021–2022", "2021–" or "" from the start and end dates. */
export function yearSpan(startDate: string | null | undefined, endDate: string | null | undefined): string {
  const start = startDate?.slice(0, 4) ?? '';
  const end = endDate?.slice(0, 4) ?? '';
  if (!start && !end) return '';
  if (start === end) return start;
  return `${start}–${end}`;
}
