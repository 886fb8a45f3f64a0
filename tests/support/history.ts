import { formatChangeValue, type ChangeValueShape } from '@portal/shared-domain';

/** The selection of a history value: codes and parameters (see ChangeValue in the schema). */
export const CHANGE_VALUE = '{ kind text list codes entries { message params { name text list code number } } }';
/** `changes { … }` of a history entry, with both values selected in full. */
export const CHANGES = `changes { field before ${CHANGE_VALUE} after ${CHANGE_VALUE} }`;

const VALUE_KEYS = new Set(['kind', 'text', 'list', 'codes', 'entries']);

/** A ChangeValue as selected, or as the CONFLICT details carry it (only the keys it uses). */
function isChangeValue(value: unknown): value is ChangeValueShape {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return typeof (value as { kind?: unknown }).kind === 'string' && keys.length > 1 && keys.every((key) => VALUE_KEYS.has(key));
}

/** Every history value in a response worded in `locale`, as the web shows it (so tests read like the page). */
export function worded<T>(response: T, locale: 'sv' | 'en' = 'sv'): T {
  const walk = (value: unknown): unknown => {
    if (isChangeValue(value)) return formatChangeValue(value, locale);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(response) as T;
}
