import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { conflict, type PortalError } from '../graphql/portal-error.js';
import { requirePrincipal } from '../request/actor.js';
import { sqlRows } from '../request/sql-rows.js';
import type { HistoryEntry } from './change-log.model.js';
import { presentValue, type ChangeValue, type FieldDefinitions } from './change-value.js';

/** One field's change as stored: the raw values, so the reading side decides how to show them. */
export interface StoredFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** An entity's history table and its fields, declared once per entity. */
export interface ChangeLog {
  /** The history table, shaped as `initiative_change` (see the change-table migration helper). */
  readonly table: string;
  /** Its column naming the record. */
  readonly recordColumn: string;
  readonly fields: FieldDefinitions;
  /** For the Swedish CONFLICT sentence: "har ändrat initiativet sedan du öppnade det". */
  readonly noun: { readonly definite: string; readonly pronoun: 'den' | 'det' };
}

/** How a stored value reads for this reader (masks, references resolved under RLS); the default is the field's spec. */
export type ValueView = (field: string, value: unknown) => ChangeValue | null;

interface ChangeSqlRow {
  id: string;
  action: string;
  actor_name: string;
  version: number;
  created_at: Date;
  changes: StoredFieldChange[];
}

const HISTORY_LIMIT = 500;

/**
 * The change log of every tenant-owned entity: what changed (field, before, after), who, when,
 * at which version; the CONFLICT answer with what changed since the version a client read.
 * Everything runs in the request's transaction, so history rows obey row-level security.
 */
@Injectable()
export class ChangeLogService {
  /** The fields that differ; for a new record pass `before` = null (every field with a value). */
  diff<V extends object>(log: ChangeLog, before: V | null, after: V): StoredFieldChange[] {
    return diffChanges(log, before, after);
  }

  /** Appends one entry; the actor is the signed-in user (the insert policy checks it is). */
  async record(
    manager: EntityManager,
    log: ChangeLog,
    entry: { organizationId: string; recordId: string; version: number; action: string; changes: readonly StoredFieldChange[] },
  ): Promise<void> {
    const principal = requirePrincipal();
    await sqlRows(
      manager,
      `INSERT INTO ${log.table} (organization_id, ${log.recordColumn}, version, actor_id, actor_name, action, changes) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        entry.organizationId,
        entry.recordId,
        entry.version,
        principal.userId,
        principal.name || principal.username,
        entry.action,
        JSON.stringify(entry.changes),
      ],
    );
  }

  /** The stored changes of a record, newest first (or only those after `sinceVersion`, oldest first). */
  async stored(manager: EntityManager, log: ChangeLog, recordId: string, sinceVersion?: number): Promise<ChangeSqlRow[]> {
    const since = sinceVersion !== undefined;
    return sqlRows(
      manager,
      `SELECT id, action, actor_name, version, created_at, changes FROM ${log.table}
        WHERE ${log.recordColumn} = $1 ${since ? 'AND version > $2 ORDER BY version, created_at' : `ORDER BY created_at DESC, version DESC LIMIT ${HISTORY_LIMIT}`}`,
      since ? [recordId, sinceVersion] : [recordId],
    );
  }

  /** The default view: each field by its spec. */
  view(log: ChangeLog): ValueView {
    return (field, value) => presentValue(log.fields[field]?.spec, value);
  }

  history(rows: readonly ChangeSqlRow[], view: ValueView): HistoryEntry[] {
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      actorName: row.actor_name,
      version: row.version,
      createdAt: row.created_at,
      changes: row.changes.map((change) => ({ field: change.field, before: view(change.field, change.before), after: view(change.field, change.after) })),
    }));
  }

  /**
   * CONFLICT for a write based on `readVersion` when the record is at `currentVersion`: a Swedish
   * sentence naming who changed which fields, and the changes themselves as codes and parameters.
   */
  conflict(log: ChangeLog, rows: readonly ChangeSqlRow[], currentVersion: number, view: ValueView): PortalError {
    const changes = rows.flatMap((row) =>
      row.changes.map((change) => ({
        field: change.field,
        label: log.fields[change.field]?.label.sv ?? change.field,
        before: view(change.field, change.before),
        after: view(change.field, change.after),
        actorName: row.actor_name,
        changedAt: row.created_at.toISOString(),
      })),
    );
    const who = [...new Set(rows.map((row) => row.actor_name))].join(', ') || 'någon annan';
    const fields = [...new Set(changes.map((change) => change.label.toLocaleLowerCase('sv-SE')))].join(', ');
    return conflict(
      `${who} har ändrat ${log.noun.definite} sedan du öppnade ${log.noun.pronoun}${fields ? ` (${fields})` : ''}. Inget av det du skrev har sparats över deras ändringar: jämför, ladda om och gör dina ändringar igen.`,
      { conflict: { currentVersion, changes } },
    );
  }
}

/** `ChangeLogService.diff`, usable outside a request (the demo seed). */
export function diffChanges<V extends object>(log: ChangeLog, before: V | null, after: V): StoredFieldChange[] {
  const changes: StoredFieldChange[] = [];
  for (const field of Object.keys(log.fields)) {
    const was = before ? (before as Record<string, unknown>)[field] : undefined;
    const now = (after as Record<string, unknown>)[field];
    if (now === undefined) continue;
    if (before === null ? isEmpty(now) : canonicalJson(was) === canonicalJson(now)) continue;
    changes.push({ field, before: before ? was : null, after: now });
  }
  return changes;
}

/** JSON with object keys sorted: jsonb hands objects back in its own key order, validation in another. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every((v) => v === '' || v === null);
  return false;
}
