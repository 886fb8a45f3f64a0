import type { Localized } from './localized.js';

/**
 * A record's plain text field, declared once for API and web: the API checks and records it from
 * this (limit, required, its name in Swedish error messages, its label in the history) and the
 * web's form state follows the same list.
 */
export interface TextFieldDefinition {
  readonly label: Localized;
  readonly max: number;
  readonly required?: boolean;
  /** How an error message names it, capitalised: "Metodens namn måste fyllas i." */
  readonly noun: string;
  /** Kept exactly as written (Markdown), not trimmed by the form. */
  readonly markdown?: boolean;
}

export type TextFieldDefinitions = Readonly<Record<string, TextFieldDefinition>>;

/** The labels of text fields, keyed like them (for a record's field labels). */
export function textFieldLabels<T extends TextFieldDefinitions>(fields: T): Record<keyof T & string, Localized> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.label])) as Record<keyof T & string, Localized>;
}
