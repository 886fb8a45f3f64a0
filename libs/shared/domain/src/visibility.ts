import type { VocabularyTermDefinition } from './localized.js';

/**
 * Who may read a tenant-owned record: the one list behind the GraphQL enum `Visibility`, the
 * database CHECK on every tenant table and the web's choices. A new level is added
 * here; the migration check then asks for the CHECK change, and `app.can_read` learns its rule
 * (`network`: members of the networks the record is shared with, by `network_share`).
 */
export const VISIBILITY_LEVELS = [
  { code: 'private', label: { sv: 'Bara min organisation', en: 'My organisation only' } },
  { code: 'network', label: { sv: 'Min organisation och valda nätverk', en: 'My organisation and chosen networks' } },
  { code: 'region', label: { sv: 'Alla inloggade i regionen', en: 'Everyone signed in in the region' } },
  { code: 'public', label: { sv: 'Alla, även utan inloggning', en: 'Everyone, also without signing in' } },
] as const satisfies readonly VocabularyTermDefinition[];

export type VisibilityCode = (typeof VISIBILITY_LEVELS)[number]['code'];

export const VISIBILITY_CODES: readonly VisibilityCode[] = VISIBILITY_LEVELS.map((level) => level.code);

export function isVisibilityCode(value: unknown): value is VisibilityCode {
  return typeof value === 'string' && (VISIBILITY_CODES as readonly string[]).includes(value);
}
