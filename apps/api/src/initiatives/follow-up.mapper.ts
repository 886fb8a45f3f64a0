import { currentRequestContext } from '../request/request-context.js';
import type { FollowUp } from './initiative.model.js';

/** Columns of a follow-up (alias `f`); `overdue` is computed by PostgreSQL's clock. */
export const FOLLOW_UP_COLUMNS = `
  f.id, f.initiative_id, f.organization_id, f.milestone, f.due_date::text AS due_date, f.status, f.lives_on, f.owner_now,
  f.evidence_url, f.recorded_at, (f.status IS NULL AND f.due_date < current_date) AS overdue`;

export interface FollowUpSqlRow {
  id: string;
  initiative_id: string;
  organization_id: string;
  milestone: string;
  due_date: string;
  status: string | null;
  lives_on: string;
  owner_now: string;
  evidence_url: string;
  recorded_at: Date | null;
  overdue: boolean;
}

export function toFollowUp(row: FollowUpSqlRow): FollowUp {
  const context = currentRequestContext();
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    milestone: row.milestone,
    dueDate: row.due_date,
    status: row.status,
    livesOn: row.lives_on,
    ownerNow: row.owner_now,
    evidenceUrl: row.evidence_url,
    recordedAt: row.recorded_at,
    overdue: row.overdue,
    canRecord: context?.principal !== undefined && context.activeOrganization?.id === row.organization_id,
  };
}
