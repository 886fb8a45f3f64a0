/** The portal's two locales; Swedish is the default everywhere. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

/** A text a user reads, in every locale the portal supports. */
export type Localized = Readonly<Record<Locale, string>>;

export interface VocabularyTermDefinition {
  readonly code: string;
  readonly label: Localized;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
