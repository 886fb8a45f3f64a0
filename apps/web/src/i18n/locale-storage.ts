import { DEFAULT_LOCALE, isLocale, type Locale } from '@portal/shared-domain';

export const LOCALE_STORAGE_KEY = 'projektkontor.sprak';

// localStorage throws in some privacy modes and sandboxed frames; the choice is then not remembered.
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered; the language still changes for this visit.
  }
}
