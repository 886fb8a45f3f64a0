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
