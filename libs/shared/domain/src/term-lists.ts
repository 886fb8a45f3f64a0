import { FOLLOW_UP_MILESTONES, FUNDING_STATUSES, PARTNER_ROLES, RELATION_KINDS } from './initiatives.js';
import { MATERIAL_AUDIENCES, MATERIAL_KINDS, MATERIAL_LANGUAGES, MATERIAL_LICENCES } from './material.js';
import { METHOD_RELATION_KINDS, METHOD_SOURCE_KINDS } from './methods.js';
import type { Localized } from './localized.js';
import { VOCABULARIES } from './vocabularies.js';
import { VISIBILITY_LEVELS } from './visibility.js';

/**
 * Every list of codes a stored value may name, by one name: the vocabularies and the fixed
 * lists. History values travel as a code and the name of its list; the web labels them here.
 */
export const TERM_LISTS = {
  ...VOCABULARIES,
  visibility: VISIBILITY_LEVELS,
  'partner-role': PARTNER_ROLES,
  'funding-status': FUNDING_STATUSES,
  'relation-kind': RELATION_KINDS,
  'follow-up-milestone': FOLLOW_UP_MILESTONES,
  'method-source-kind': METHOD_SOURCE_KINDS,
  'method-relation-kind': METHOD_RELATION_KINDS,
  'material-kind': MATERIAL_KINDS,
  'material-audience': MATERIAL_AUDIENCES,
  'material-language': MATERIAL_LANGUAGES,
  'material-licence': MATERIAL_LICENCES,
} as const satisfies Record<string, readonly { readonly code: string; readonly label: Localized }[]>;

export type TermListName = keyof typeof TERM_LISTS;

export function isTermListName(value: string): value is TermListName {
  return Object.prototype.hasOwnProperty.call(TERM_LISTS, value);
}
