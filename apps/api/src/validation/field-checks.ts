import type { TextFieldDefinition } from '@portal/shared-domain';
import { FieldErrorCollector } from './field-error-collector.js';

// The field checks every register form shares (initiatives, methods): one wording for one rule.

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/** A trimmed text: required, at most `max` characters and no control characters. */
export function text(errors: FieldErrorCollector, field: string, value: string | null | undefined, label: string, max: number, required = false): string {
  const trimmed = (value ?? '').trim();
  if (required && trimmed.length === 0) errors.add(field, `${label} måste fyllas i.`);
  if (trimmed.length > max) errors.add(field, `${label} får vara högst ${max.toLocaleString('sv-SE')} tecken.`);
  // Control characters (other than line breaks and tabs) have no place in a text a person reads.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(trimmed)) errors.add(field, `${label} innehåller otillåtna tecken.`);
  return trimmed;
}

/** Every declared text field of an input, checked and trimmed as `text` does (see TextFieldDefinition). */
export function texts<K extends string>(
  errors: FieldErrorCollector,
  fields: Readonly<Record<K, TextFieldDefinition>>,
  input: NoInfer<Readonly<Record<K, string | null | undefined>>>,
): Record<K, string> {
  const entries = (Object.entries(fields) as [K, TextFieldDefinition][]).map(([key, field]) => [
    key,
    text(errors, key, input[key], field.noun, field.max, field.required),
  ]);
  return Object.fromEntries(entries) as Record<K, string>;
}

/** Codes of a vocabulary, deduplicated; unknown codes are refused. */
export function codes(errors: FieldErrorCollector, field: string, values: readonly string[], allowed: readonly { code: string }[], label: string): string[] {
  const unique = [...new Set(values.map((v) => v.trim()))];
  for (const value of unique) {
    if (!allowed.some((a) => a.code === value)) {
      errors.add(field, `Okänt värde för ${label}: "${value.slice(0, 40)}".`);
    }
  }
  return unique;
}

/** Free tags: trimmed, inner spaces collapsed, deduplicated case-insensitively. */
export function tags(errors: FieldErrorCollector, field: string, values: readonly string[], label: string, maxCount: number): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (!value) continue;
    if (value.length > 100) errors.add(field, `Varje värde under ${label} får vara högst 100 tecken.`);
    const key = value.toLocaleLowerCase('sv-SE');
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  if (result.length > maxCount) errors.add(field, `Högst ${maxCount} värden under ${label}.`);
  return result;
}

/** A name and an e-mail address; an address needs a name beside it. */
export function person(
  errors: FieldErrorCollector,
  field: string,
  value: { name: string; email: string } | null | undefined,
  label: string,
  maxName: number,
): { name: string; email: string } {
  const name = text(errors, `${field}.name`, value?.name, `Namnet på ${label}`, maxName);
  const email = (value?.email ?? '').trim();
  if (email && !EMAIL.test(email)) errors.add(`${field}.email`, `Ange en giltig e-postadress för ${label}, t.ex. namn@kommun.se.`);
  if (email && !name) errors.add(`${field}.name`, `Ange namnet på ${label}.`);
  return { name, email };
}

/** An http(s) address of at most `max` characters, or empty. */
export function webAddress(errors: FieldErrorCollector, field: string, value: string | null | undefined, max = 2000): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return '';
  let ok = false;
  try {
    const url = new URL(trimmed);
    ok = url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    ok = false;
  }
  if (!ok || trimmed.length > max) errors.add(field, 'Ange en webbadress som börjar med https://.');
  return trimmed;
}

/** A uuid, or else the same NOT_FOUND as a missing record (so ids cannot be probed by format). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
