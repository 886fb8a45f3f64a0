import type { Locale, VocabularyTermDefinition } from '@portal/shared-domain';

/** A vocabulary term's label in the locale; the code itself if the term is unknown. */
export function termLabel(terms: readonly VocabularyTermDefinition[], code: string, locale: Locale): string {
  return terms.find((term) => term.code === code)?.label[locale] ?? code;
}
