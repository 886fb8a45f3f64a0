import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@portal/shared-domain';
import { en } from './en';
import { sv } from './sv';

export const resources = {
  sv: { translation: sv },
  en: { translation: en },
} as const;

/** Each language named in itself, as a language switch should show it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { sv: 'Svenska', en: 'English' };

/**
 * A separate i18next instance per app (and per test), so state never leaks between them.
 * Keeps `<html lang>` in step with the language, which screen readers use to pick a voice.
 */
export function createI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const instance = createInstance();
  instance.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
