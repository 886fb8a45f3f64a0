import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RelationKindCode } from '@portal/shared-domain';
import { notFound } from '../graphql/portal-error.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { activeOrganization, requireActor } from '../request/actor.js';
import type { HistoryEntry } from '../change-log/change-log.model.js';
import { ChangeLogService, type StoredFieldChange, type ValueView } from '../change-log/change-log.service.js';
import { presentValue } from '../change-log/change-value.js';
import { INITIATIVE_CHANGE_LOG, recordInitiativeSideChange, relationEntry } from './initiative-change-log.js';
import { FOLLOW_UP_COLUMNS, toFollowUp, type FollowUpSqlRow } from './follow-up.mapper.js';
import type { InitiativeRow } from './initiative.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { linkableMethodIds, setMethodLinks } from './initiative-method-links.js';
import { INITIATIVE_COLUMNS, INITIATIVE_RECORD, toInitiative } from './initiative-row.mapper.js';
import { maskFieldValue, readsExactly } from './participant-masking.js';
import { followUpChange, followUpDueDates, isRelationReference, referencedInitiativeIds, referencedMethodIds, relationChange } from './initiative-values.js';
import type { FollowUpInput, InitiativeInput, InitiativeRelationInput } from './initiative.inputs.js';
import {
  RelationDirection,
  type FollowUp,
  type FollowUpWithInitiative,
  type Initiative,
  type InitiativeRelation,
  type PearlString,
} from './initiative.model.js';
import {
  isUuid,
  requestedMethodIds,
  validateFollowUp,
  validateInitiative,
  validateRelation,
  FieldErrorCollector,
  type InitiativeValues,
} from './initiative.validation.js';

const CHAIN_KINDS = `('builds-on', 'successor-of')`;
const COORDINATED_KIND: RelationKindCode = 'coordinated-with';
const MAX_CHAIN_DEPTH = 25;

/** Register writes and detail reads, all through the request's RLS transaction. */
@Injectable()
export class InitiativeService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly organizations: OrganizationService,
    private readonly changeLog: ChangeLogService,
  ) {}

  /** Writers: signed in and in an organisation (the policy guard has required both). */
  private principal() {
    const { principal, organization } = requireActor();
    return { principal, organizationId: organization.id };
  }

  private async row(manager: EntityManager, id: string, lock = false): Promise<InitiativeRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: InitiativeRow[] = await sqlRows(manager, `SELECT ${INITIATIVE_COLUMNS} FROM initiative i WHERE i.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  /** Readable, and if archived, only by its own organisation. Otherwise the same NOT_FOUND as a missing id. */
  async get(id: string): Promise<Initiative> {
    const manager = await this.database.manager();
    const row = await this.row(manager, id);
    const active = activeOrganization()?.id;
    if (!row || (row.archivedAt && row.organizationId !== active)) throw notFound('Initiativet finns inte, eller så har du inte tillgång till det.');
    return toInitiative(row);
  }

  private async organizationResolver(): Promise<(slug: string) => { id: string; name: string } | undefined> {
    const organizations = await this.organizations.byId();
    const bySlug = new Map([...organizations.values()].map((o) => [o.slug, { id: o.id, name: o.name }]));
    return (slug) => bySlug.get(slug);
  }

  async create(input: InitiativeInput): Promise<Initiative> {
    const { organizationId } = this.principal();
    const manager = await this.database.manager();
    const values = validateInitiative(input, await this.organizationResolver(), await linkableMethodIds(manager, input.methodIds, null));
    const write = INITIATIVE_RECORD.write(values, 2);
    const rows: Array<{ id: string }> = await sqlRows(
      manager,
      `INSERT INTO initiative (organization_id, ${write.columns.join(', ')}) VALUES ($1, ${write.placeholders.join(', ')}) RETURNING id`,
      [organizationId, ...write.params],
    );
    const id = rows[0]!.id;
    await this.recordChange(manager, {
      organizationId: organizationId,
      initiativeId: id,
      version: 1,
      action: 'created',
      changes: this.changeLog.diff(INITIATIVE_CHANGE_LOG, null, values),
    });
    const methodIds = requestedMethodIds(input);
    if (methodIds) await setMethodLinks(this.changeLog, manager, { organizationId, initiativeId: id }, methodIds);
    await this.syncFollowUps(manager, id, organizationId, values);
    return this.get(id);
  }

  async update(id: string, version: number, input: InitiativeInput): Promise<Initiative> {
    const { organizationId } = this.principal();
    const manager = await this.database.manager();
    const values = validateInitiative(input, await this.organizationResolver(), await linkableMethodIds(manager, input.methodIds, isUuid(id) ? id : null));
    const current = await this.row(manager, id, true);
    // Not visible, or visible but another organisation's: the same answer as a missing id.
    if (!current || current.organizationId !== organizationId || current.archivedAt) throw notFound('Initiativet finns inte, eller så får du inte ändra det.');
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    const changes = this.changeLog.diff(INITIATIVE_CHANGE_LOG, INITIATIVE_RECORD.valuesOf(current), values);
    // Links are side changes (as linkInitiativeMethod makes them): recorded at the saved version, which they do not move.
    const methodIds = requestedMethodIds(input);
    const syncLinks = async () => {
      if (methodIds) await setMethodLinks(this.changeLog, manager, { organizationId: current.organizationId, initiativeId: id }, methodIds);
    };
    if (changes.length === 0) {
      if (!methodIds) return toInitiative(current);
      await syncLinks();
      return this.get(id);
    }
    const assignments = INITIATIVE_RECORD.assignments(values, 3);
    // The version check in the WHERE clause is what guarantees no lost update.
    const updated: Array<{ version: number }> = await sqlRows(
      manager,
      `UPDATE initiative SET ${assignments.sql}, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING version`,
      [id, version, ...assignments.params],
    );
    if (updated.length === 0) throw await this.conflictError(manager, id, version, version + 1);
    await this.recordChange(manager, { organizationId: current.organizationId, initiativeId: id, version: updated[0]!.version, action: 'updated', changes });
    await syncLinks();
    await this.syncFollowUps(manager, id, current.organizationId, values);
    return this.get(id);
  }

  private async conflictError(manager: EntityManager, id: string, readVersion: number, currentVersion: number) {
    const rows = await this.changeLog.stored(manager, INITIATIVE_CHANGE_LOG, id, readVersion);
    // Only the writer's own organisation gets here, but it may no longer read a relation's other end.
    return this.changeLog.conflict(
      INITIATIVE_CHANGE_LOG,
      rows,
      currentVersion,
      await this.historyView(
        manager,
        rows.map((r) => r.changes),
        true,
      ),
    );
  }

  async setArchived(id: string, archived: boolean): Promise<Initiative> {
    const { organizationId } = this.principal();
    const manager = await this.database.manager();
    const current = await this.row(manager, id, true);
    if (!current || current.organizationId !== organizationId) throw notFound('Initiativet finns inte, eller så får du inte ändra det.');
    if ((current.archivedAt !== null) === archived) return toInitiative(current);
    const rows: Array<{ version: number }> = await sqlRows(
      manager,
      `UPDATE initiative SET archived_at = ${archived ? 'now()' : 'NULL'}, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [id],
    );
    await this.recordChange(manager, {
      organizationId: current.organizationId,
      initiativeId: id,
      version: rows[0]!.version,
      action: archived ? 'archived' : 'restored',
      changes: [{ field: 'archived', before: !archived, after: archived }],
    });
    const updated = await this.row(manager, id);
    return toInitiative(updated!);
  }

  private async recordSideChange(
    manager: EntityManager,
    organizationId: string,
    initiativeId: string,
    action: string,
    change: StoredFieldChange,
  ): Promise<void> {
    await recordInitiativeSideChange(this.changeLog, manager, { organizationId, initiativeId, action, change });
  }

  private async recordChange(
    manager: EntityManager,
    entry: { organizationId: string; initiativeId: string; version: number; action: string; changes: StoredFieldChange[] },
  ): Promise<void> {
    await this.changeLog.record(manager, INITIATIVE_CHANGE_LOG, {
      organizationId: entry.organizationId,
      recordId: entry.initiativeId,
      version: entry.version,
      action: entry.action,
      changes: entry.changes,
    });
  }

  /** A completed initiative gets follow-ups at +6 months, +1 and +2 years; recorded ones are never moved. */
  private async syncFollowUps(manager: EntityManager, id: string, organizationId: string, values: InitiativeValues): Promise<void> {
    await sqlRows(manager, `UPDATE initiative_follow_up SET visibility = $2 WHERE initiative_id = $1 AND visibility <> $2`, [id, values.visibility]);
    if (values.status !== 'completed' || !values.endDate) return;
    for (const { milestone, dueDate } of followUpDueDates(values.endDate)) {
      await sqlRows(
        manager,
        `INSERT INTO initiative_follow_up (organization_id, visibility, initiative_id, milestone, due_date) VALUES ($1, $2, $3, $4, $5::date)
         ON CONFLICT (initiative_id, milestone) DO UPDATE SET due_date = EXCLUDED.due_date WHERE initiative_follow_up.status IS NULL`,
        [organizationId, values.visibility, id, milestone, dueDate],
      );
    }
  }

  /**
   * How stored values read for this reader: masked fields through their mask, and a relation's
   * other end by the title the reader may read now. All ids referenced by `changes` are resolved
   * in one statement under the request's row-level security, so an initiative the reader may not
   * read (private, archived, gone) is simply missing and shows as such.
   */
  private async historyView(manager: EntityManager, changes: readonly (readonly StoredFieldChange[])[], exact: boolean): Promise<ValueView> {
    const ids = [...new Set(changes.flatMap((list) => list.flatMap(referencedInitiativeIds)))].filter(isUuid);
    const titles = new Map<string, string>();
    if (ids.length > 0) {
      const rows: Array<{ id: string; title: string }> = await sqlRows(manager, `SELECT i.id, i.title FROM initiative i WHERE i.id = ANY($1::uuid[])`, [ids]);
      for (const row of rows) titles.set(row.id, row.title);
    }
    const methodIds = [...new Set(changes.flatMap((list) => list.flatMap(referencedMethodIds)))].filter(isUuid);
    const methodNames = new Map<string, string>();
    if (methodIds.length > 0) {
      const rows: Array<{ id: string; name: string }> = await sqlRows(manager, `SELECT mt.id, mt.name FROM method mt WHERE mt.id = ANY($1::uuid[])`, [
        methodIds,
      ]);
      for (const row of rows) methodNames.set(row.id, row.name);
    }
    const spec = (field: string) => INITIATIVE_CHANGE_LOG.fields[field]?.spec;
    return (field, value) => {
      if (field === 'methodRefs') {
        if (value === null || value === undefined) return null;
        const id = (value as { methodId?: unknown }).methodId;
        return {
          kind: 'entries',
          entries: [{ message: 'methodLink', params: [{ name: 'name', text: typeof id === 'string' ? (methodNames.get(id) ?? null) : null }] }],
        };
      }
      if (field !== 'relations') return presentValue(spec(field), maskFieldValue(field, value, exact));
      if (value === null || value === undefined) return null;
      // Anything but a reference (a title stored before ids were) is never shown: it could name what the reader may not see.
      if (!isRelationReference(value)) return { kind: 'entries', entries: [relationEntry(null, undefined, null)] };
      const title = value.initiativeId ? (titles.get(value.initiativeId) ?? null) : null;
      return { kind: 'entries', entries: [relationEntry(value.kind, value.direction, title)] };
    };
  }

  async history(id: string): Promise<HistoryEntry[]> {
    const initiative = await this.get(id);
    const manager = await this.database.manager();
    const rows = await this.changeLog.stored(manager, INITIATIVE_CHANGE_LOG, id);
    return this.changeLog.history(
      rows,
      await this.historyView(
        manager,
        rows.map((r) => r.changes),
        readsExactly(initiative.organizationId),
      ),
    );
  }

  async addRelation(input: InitiativeRelationInput): Promise<InitiativeRelation> {
    const { organizationId } = this.principal();
    const relation = validateRelation(input);
    const manager = await this.database.manager();
    const from = await this.row(manager, relation.fromId, true);
    if (!from || from.organizationId !== organizationId || from.archivedAt) {
      throw notFound('Initiativet finns inte, eller så får du inte ändra det.');
    }
    const to = await this.row(manager, relation.toId);
    if (!to || to.archivedAt) {
      const errors = new FieldErrorCollector();
      errors.add('toId', 'Det andra initiativet finns inte, eller så har du inte tillgång till det.');
      errors.throwIfAny();
    }
    const symmetric = relation.kind === COORDINATED_KIND;
    const kinds = relation.kind === 'part-of' ? `('part-of')` : CHAIN_KINDS;
    // A cycle would make a pearl string without a beginning: refuse if `to` already leads back to `from`.
    const cycle: Array<{ found: boolean }> = await sqlRows(
      manager,
      `WITH RECURSIVE walk(id, depth) AS (
         SELECT to_id, 1 FROM initiative_relation WHERE from_id = $1 AND kind IN ${kinds}
         UNION SELECT r.to_id, w.depth + 1 FROM initiative_relation r JOIN walk w ON r.from_id = w.id WHERE r.kind IN ${kinds} AND w.depth < ${MAX_CHAIN_DEPTH}
       ) SELECT EXISTS (SELECT 1 FROM walk WHERE id = $2) AS found`,
      [relation.toId, relation.fromId],
    );
    const errors = new FieldErrorCollector();
    if (!symmetric && cycle[0]?.found) {
      errors.add(
        'toId',
        relation.kind === 'part-of'
          ? 'Det skulle bli en cirkel: det andra initiativet ingår redan i det här.'
          : 'Det skulle bli en cirkel: det andra initiativet bygger redan på eller efterföljer det här.',
      );
    }
    // "Samordnas med" reads the same from both ends, so either direction is the same relation.
    const existing: unknown[] = await sqlRows(
      manager,
      `SELECT 1 FROM initiative_relation WHERE kind = $3 AND ((from_id = $1 AND to_id = $2) OR ($4 AND from_id = $2 AND to_id = $1))`,
      [relation.fromId, relation.toId, relation.kind, symmetric],
    );
    if (existing.length > 0) errors.add('toId', 'Relationen finns redan.');
    errors.throwIfAny();
    const rows: Array<{ id: string }> = await sqlRows(
      manager,
      `INSERT INTO initiative_relation (organization_id, from_id, to_id, kind, note) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organizationId, relation.fromId, relation.toId, relation.kind, relation.note],
    );
    await this.recordSideChange(manager, organizationId, relation.fromId, 'relation-added', relationChange(relation.kind, to!.id, true));
    return {
      id: rows[0]!.id,
      kind: relation.kind,
      note: relation.note,
      other: toInitiative(to!),
      direction: RelationDirection.OUTGOING,
      canRemove: true,
      addedByOrganizationId: organizationId,
    };
  }

  /**
   * The owners of either end may remove a relation: the one who added it (the `from` end) and the
   * one it was attached to. Row-level security enforces it; a relation the caller cannot see, or
   * sees but owns neither end of, gets the same NOT_FOUND as a missing one, as other writes do.
   * The removal is recorded in the history of the end the caller's organisation owns (history is
   * written only by an initiative's own organisation).
   */
  async removeRelation(id: string): Promise<boolean> {
    const { organizationId } = this.principal();
    const missing = () => notFound('Relationen finns inte, eller så får du inte ta bort den.');
    if (!isUuid(id)) throw missing();
    const manager = await this.database.manager();
    const found: Array<{ from_id: string; to_id: string; kind: string; from_org: string; to_org: string }> = await sqlRows(
      manager,
      `SELECT r.from_id, r.to_id, r.kind, r.organization_id AS from_org, t.organization_id AS to_org
         FROM initiative_relation r JOIN initiative t ON t.id = r.to_id WHERE r.id = $1`,
      [id],
    );
    const relation = found[0];
    if (!relation || (relation.from_org !== organizationId && relation.to_org !== organizationId)) throw missing();
    const deleted: unknown[] = await sqlRows(manager, `DELETE FROM initiative_relation WHERE id = $1 RETURNING id`, [id]);
    if (deleted.length === 0) throw missing();
    if (relation.from_org === organizationId) {
      await this.recordSideChange(manager, organizationId, relation.from_id, 'relation-removed', relationChange(relation.kind, relation.to_id, false));
    } else {
      await this.recordSideChange(
        manager,
        organizationId,
        relation.to_id,
        'relation-removed',
        relationChange(relation.kind, relation.from_id, false, 'incoming'),
      );
    }
    return true;
  }

  async recordFollowUp(id: string, input: FollowUpInput): Promise<FollowUp> {
    const { principal, organizationId } = this.principal();
    const values = validateFollowUp(input);
    if (!isUuid(id)) throw notFound();
    const manager = await this.database.manager();
    const rows: FollowUpSqlRow[] = await sqlRows(
      manager,
      `UPDATE initiative_follow_up f SET status = $3, lives_on = $4, owner_now = $5, evidence_url = $6, recorded_at = now(), recorded_by = $7
        WHERE f.id = $1 AND f.organization_id = $2 RETURNING ${FOLLOW_UP_COLUMNS}`,
      [id, organizationId, values.status, values.livesOn, values.ownerNow, values.evidenceUrl, principal.userId],
    );
    const row = rows[0];
    if (!row) throw notFound('Uppföljningen finns inte, eller så får du inte ändra det.');
    await this.recordSideChange(manager, organizationId, row.initiative_id, 'follow-up-recorded', followUpChange(row.milestone, values.status));
    return toFollowUp(row);
  }

  async pearlString(id: string): Promise<PearlString> {
    const manager = await this.database.manager();
    // Both directions in one statement: what it builds on (back) and what builds on it (forth).
    const walk = (name: string, next: 'to_id' | 'from_id', from: 'from_id' | 'to_id') => `
      ${name}(id, depth) AS (
        SELECT ${next}, 1 FROM initiative_relation WHERE ${from} = $1 AND kind IN ${CHAIN_KINDS}
        UNION SELECT r.${next}, w.depth + 1 FROM initiative_relation r JOIN ${name} w ON r.${from} = w.id WHERE r.kind IN ${CHAIN_KINDS} AND w.depth < ${MAX_CHAIN_DEPTH}
      )`;
    const rows: Array<InitiativeRow & { chain_side: 'back' | 'forth' }> = await sqlRows(
      manager,
      `WITH RECURSIVE ${walk('back', 'to_id', 'from_id')}, ${walk('forth', 'from_id', 'to_id')}
       SELECT s.side AS chain_side, ${INITIATIVE_COLUMNS}
         FROM (SELECT DISTINCT 'back' AS side, id FROM back UNION SELECT DISTINCT 'forth', id FROM forth) s
         JOIN initiative i ON i.id = s.id
        WHERE i.id <> $1 AND i.archived_at IS NULL
        ORDER BY i.start_date NULLS FIRST, i.title`,
      [id],
    );
    const side = (wanted: 'back' | 'forth') => rows.filter((r) => r.chain_side === wanted).map(({ chain_side: _side, ...row }) => toInitiative(row));
    return { predecessors: side('back'), successors: side('forth') };
  }

  private async followUpList(where: string, params: unknown[]): Promise<FollowUpWithInitiative[]> {
    const manager = await this.database.manager();
    const rows: Array<FollowUpSqlRow & { initiative: InitiativeRow }> = await sqlRows(
      manager,
      `SELECT ${FOLLOW_UP_COLUMNS}, (SELECT to_jsonb(x) FROM (SELECT ${INITIATIVE_COLUMNS}) x) AS initiative
         FROM initiative_follow_up f JOIN initiative i ON i.id = f.initiative_id
        WHERE i.status = 'completed' AND i.archived_at IS NULL AND f.status IS NULL AND ${where}
        ORDER BY f.due_date, i.title LIMIT 500`,
      params,
    );
    return rows.map((row) => {
      const initiative = row.initiative;
      return {
        ...toFollowUp(row),
        // Through jsonb, so the timestamps came as strings.
        initiative: toInitiative({ ...initiative, archivedAt: null, createdAt: new Date(initiative.createdAt), updatedAt: new Date(initiative.updatedAt) }),
      };
    });
  }

  /** Due within 60 days or overdue, for the active organisation's initiatives. */
  myFollowUps(): Promise<FollowUpWithInitiative[]> {
    return this.followUpList(`i.organization_id = app.current_organization_id() AND f.due_date <= current_date + 60`, []);
  }

  /** Overdue across the region: whatever the caller may read (region- and public-visible, and their own). */
  overdueFollowUps(): Promise<FollowUpWithInitiative[]> {
    return this.followUpList(`f.due_date < current_date`, []);
  }
}
