import type { EntityManager } from 'typeorm';
import type { ChangeLogService } from '../change-log/change-log.service.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { recordInitiativeSideChange } from './initiative-change-log.js';
import { methodLinkChange } from './initiative-values.js';

// An initiative's links to methods in the bank (`initiative_method`), written by the link and
// unlink mutations and by the initiative form's save; each change goes into the initiative's
// history the same way, whichever way it was made.

interface LinkTarget {
  readonly organizationId: string;
  readonly initiativeId: string;
}

/** Links the method; true when the link is new (and so recorded). Linking twice is a no-op. */
export async function addMethodLink(changeLog: ChangeLogService, manager: EntityManager, target: LinkTarget, methodId: string): Promise<boolean> {
  const added: unknown[] = await sqlRows(
    manager,
    `INSERT INTO initiative_method (organization_id, initiative_id, method_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT "UQ_initiative_method" DO NOTHING RETURNING id`,
    [target.organizationId, target.initiativeId, methodId],
  );
  if (added.length === 0) return false;
  await recordInitiativeSideChange(changeLog, manager, { ...target, action: 'method-linked', change: methodLinkChange(methodId, true) });
  return true;
}

/** Removes the link; true when there was one (and so recorded). */
export async function removeMethodLink(changeLog: ChangeLogService, manager: EntityManager, target: LinkTarget, methodId: string): Promise<boolean> {
  if (!isUuid(methodId)) return false;
  const removed: unknown[] = await sqlRows(manager, `DELETE FROM initiative_method WHERE initiative_id = $1 AND method_id = $2 RETURNING id`, [
    target.initiativeId,
    methodId,
  ]);
  if (removed.length === 0) return false;
  await recordInitiativeSideChange(changeLog, manager, { ...target, action: 'method-unlinked', change: methodLinkChange(methodId, false) });
  return true;
}

/**
 * Of the requested ids, those the writer may link now: readable (row-level security) and not
 * archived, or already linked to this initiative (archived since the form was opened: kept, not
 * refused). One statement.
 */
export async function linkableMethodIds(manager: EntityManager, ids: readonly string[] | null | undefined, initiativeId: string | null): Promise<Set<string>> {
  const candidates = [...new Set((ids ?? []).filter(isUuid))];
  if (candidates.length === 0) return new Set();
  const rows: Array<{ id: string }> = await sqlRows(
    manager,
    `SELECT mt.id FROM method mt
      WHERE mt.id = ANY($1::uuid[])
        AND (mt.archived_at IS NULL OR EXISTS (SELECT 1 FROM initiative_method l WHERE l.initiative_id = $2::uuid AND l.method_id = mt.id))`,
    [candidates, initiativeId],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * Makes the initiative's links the given methods, recording each one added or removed. Only
 * links the writer sees (readable, unarchived methods: what the form showed) are removed; a link
 * to a method the writer may not read, or one archived since, was never on the form and stays.
 */
export async function setMethodLinks(changeLog: ChangeLogService, manager: EntityManager, target: LinkTarget, methodIds: readonly string[]): Promise<void> {
  const shown: Array<{ method_id: string }> = await sqlRows(
    manager,
    `SELECT l.method_id FROM initiative_method l JOIN method mt ON mt.id = l.method_id WHERE l.initiative_id = $1 AND mt.archived_at IS NULL ORDER BY l.created_at, l.id`,
    [target.initiativeId],
  );
  const wanted = new Set(methodIds);
  for (const { method_id } of shown) if (!wanted.has(method_id)) await removeMethodLink(changeLog, manager, target, method_id);
  for (const id of methodIds) await addMethodLink(changeLog, manager, target, id);
}
