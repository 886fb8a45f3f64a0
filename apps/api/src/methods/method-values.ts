import { METHOD_TEXT_FIELDS, type MethodTextField } from '@portal/shared-domain';
import type { StoredFieldChange } from '../change-log/change-log.service.js';
import type { StoredMethodRelation } from './method.entity.js';

/** Whether a stored `relations` value is a list of references by id (the only shape ever written). */
export function isRelationList(value: unknown): value is StoredMethodRelation[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && typeof (r as StoredMethodRelation).methodId === 'string');
}

/** The method ids a stored history change refers to, resolved in one query per history. */
export function referencedMethodIds(change: StoredFieldChange): string[] {
  if (change.field !== 'relations') return [];
  return [change.before, change.after].filter(isRelationList).flatMap((list) => list.map((r) => r.methodId));
}

/** Every declared text field of a method (METHOD_TEXT_FIELDS), for inputs built in code (demo data). */
export function methodTextInput(valueOf: (field: MethodTextField) => string): Record<MethodTextField, string> {
  return Object.fromEntries((Object.keys(METHOD_TEXT_FIELDS) as MethodTextField[]).map((field) => [field, valueOf(field)])) as Record<MethodTextField, string>;
}
