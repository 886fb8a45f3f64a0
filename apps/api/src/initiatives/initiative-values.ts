import { FOLLOW_UP_MILESTONES } from '@portal/shared-domain';
import type { StoredFieldChange } from '../change-log/change-log.service.js';

/** Due dates of the three follow-ups after `endDate` (ÅÅÅÅ-MM-DD), clamped to the month's end. */
export function followUpDueDates(endDate: string): Array<{ milestone: string; dueDate: string }> {
  const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
  return FOLLOW_UP_MILESTONES.map((m) => {
    const targetMonth = month - 1 + m.months;
    const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
    const date = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)));
    return { milestone: m.code, dueDate: date.toISOString().slice(0, 10) };
  });
}

/**
 * What a relation's history entry stores: the other end by id, never by title, so the title is
 * looked up when the history is read, through row-level security as the reader. `incoming` is set
 * when the entry is in the history of the relation's `to` end. `initiativeId` is null only for
 * entries written before ids were stored whose other end could not be identified.
 */
export interface StoredRelationReference {
  kind: string;
  initiativeId: string | null;
  direction?: 'incoming';
}

/** History entry of a relation added (or, as `before`, removed), pointing at the other end by id. */
export function relationChange(kind: string, otherId: string, added: boolean, direction: 'outgoing' | 'incoming' = 'outgoing'): StoredFieldChange {
  const reference: StoredRelationReference = { kind, initiativeId: otherId, ...(direction === 'incoming' ? { direction } : {}) };
  return { field: 'relations', before: added ? null : reference, after: added ? reference : null };
}

export function isRelationReference(value: unknown): value is StoredRelationReference {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['kind'] === 'string' && (candidate['initiativeId'] === null || typeof candidate['initiativeId'] === 'string');
}

/** The initiative ids a stored history change refers to, to be resolved in one query per history. */
export function referencedInitiativeIds(change: StoredFieldChange): string[] {
  if (change.field !== 'relations') return [];
  return [change.before, change.after].filter(isRelationReference).flatMap((r) => (r.initiativeId ? [r.initiativeId] : []));
}

/** History entry of a recorded follow-up, as codes: milestone and after-life status. */
export function followUpChange(milestone: string, status: string): StoredFieldChange {
  return { field: 'followUps', before: null, after: { milestone, status } };
}

/** History entry of a method linked to (or, as `before`, unlinked from) the initiative: the method by id only. */
export function methodLinkChange(methodId: string, linked: boolean): StoredFieldChange {
  const reference = { methodId };
  return { field: 'methodRefs', before: linked ? null : reference, after: linked ? reference : null };
}

/** The method ids a stored history change refers to, resolved under RLS when the history is read. */
export function referencedMethodIds(change: StoredFieldChange): string[] {
  if (change.field !== 'methodRefs') return [];
  return [change.before, change.after].flatMap((value) => {
    const id = typeof value === 'object' && value !== null ? (value as { methodId?: unknown }).methodId : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}
