import { Injectable } from '@nestjs/common';
import { METHOD_FIELD_LABELS, SMALL_COUNT_THRESHOLD } from '@portal/shared-domain';
import type { StoredParticipantPeriod } from '../initiatives/initiative.entity.js';
import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../graphql/portal-error.js';
import type { StoredFieldChange } from '../initiatives/initiative-change.entity.js';
import { INITIATIVE_COLUMNS, maskCount, readsExactly, toInitiative, type InitiativeSqlRow } from '../initiatives/initiative-row.mapper.js';
import type { Initiative, ParticipantCount, ParticipantPeriod } from '../initiatives/initiative.model.js';
import { ListEngine, type ListCounts, type ListCriteria, type OrganizationDirectory } from '../list/list-engine.js';
import type { PageInfo } from '../list/list.model.js';
import { requireActor, type Actor } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { METHOD_LIST, type MethodFacetName, type MethodOrder } from './method-list.definition.js';
import type { MethodEdge, MethodFacets } from './method-list.model.js';
import { MethodLoaders, type LoadedUse } from './method-loaders.js';
import { METHOD_COLUMNS, toMethod, type MethodSqlRow } from './method-row.mapper.js';
import { describeMethodValue, diffMethodValues, METHOD_VALUE_COLUMNS, methodParams, methodPlaceholders, methodRowToValues, referencedMethodIds } from './method-values.js';
import type { MethodInput, MethodsArgs } from './method.inputs.js';
import type { Method, MethodChange, MethodOutcomes, MethodUser } from './method.model.js';
import { validateMethod, type MethodValues } from './method.validation.js';

/** What the list was asked for, so the counts run only when requested (and once). */
export interface MethodConnectionResult {
  edges: MethodEdge[];
  pageInfo: PageInfo;
  criteria: ListCriteria<MethodFacetName>;
  facetResult?: Promise<ListCounts<MethodFacetName>>;
}

const ENGINE = new ListEngine<MethodFacetName, MethodOrder>(METHOD_LIST);
const NOT_READABLE = 'Metoden finns inte, eller så har du inte tillgång till den.';
const NOT_WRITABLE = 'Metoden finns inte, eller så får du inte ändra den.';
const INITIATIVE_NOT_WRITABLE = 'Initiativet finns inte, eller så får du inte ändra det.';

/** The method bank: list, detail, writes and history, all through the request's RLS transaction. */
@Injectable()
export class MethodService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly loaders: MethodLoaders,
  ) {}

  private async row(manager: EntityManager, id: string, lock = false): Promise<MethodSqlRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: MethodSqlRow[] = await sqlRows(manager, `SELECT ${METHOD_COLUMNS} FROM method mt WHERE mt.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  /** Readable (row-level security; archived only by the owner). Otherwise the same NOT_FOUND as a missing id. */
  async get(id: string): Promise<Method> {
    const manager = await this.database.manager();
    const row = await this.row(manager, id);
    if (!row) throw notFound(NOT_READABLE);
    return toMethod(row);
  }

  async page(args: MethodsArgs): Promise<MethodConnectionResult> {
    // Archived rows are only ever their own organisation's (row-level security); here: asked for or not.
    const conditions = [args.filter?.includeArchived === true ? 'true' : 'mt.archived_at IS NULL'];
    const manager = await this.database.manager();
    const page = await ENGINE.page<MethodSqlRow>(manager, { ...args, conditions }, await this.directory());
    return { edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toMethod(edge.row) })), pageInfo: page.pageInfo, criteria: page.criteria };
  }

  /** Memoised per connection: totalCount and facets share one statement. */
  counts(connection: MethodConnectionResult): Promise<{ totalCount: number; facets: MethodFacets }> {
    connection.facetResult ??= this.database.manager().then(async (manager) => ENGINE.counts(manager, connection.criteria, await this.directory()));
    return connection.facetResult;
  }

  private async directory(): Promise<OrganizationDirectory> {
    const organizations = await this.loaders.organizations();
    const bySlug = new Map([...organizations.values()].map((o) => [o.slug, o.id]));
    return { idOf: (slug) => bySlug.get(slug), slugOf: (id) => organizations.get(id)?.slug };
  }

  /**
   * Related methods must exist and be readable by the writer now; they are checked in one
   * statement under row-level security, so a private method of another organisation answers like
   * a missing one.
   */
  private async checkRelations(manager: EntityManager, values: MethodValues): Promise<void> {
    if (values.relations.length === 0) return;
    const rows: Array<{ id: string }> = await sqlRows(manager, `SELECT mt.id FROM method mt WHERE mt.id = ANY($1::uuid[]) AND mt.archived_at IS NULL`, [values.relations.map((r) => r.methodId)]);
    const found = new Set(rows.map((r) => r.id));
    const errors = new FieldErrorCollector();
    values.relations.forEach((r, index) => {
      if (!found.has(r.methodId)) errors.add(`relations.${index}.methodId`, 'Den relaterade metoden finns inte, eller så har du inte tillgång till den.');
    });
    errors.throwIfAny();
  }

  async create(input: MethodInput): Promise<Method> {
    const actor = requireActor();
    const values = validateMethod(input);
    const manager = await this.database.manager();
    await this.checkRelations(manager, values);
    const rows: Array<{ id: string }> = await sqlRows(
      manager,
      `INSERT INTO method (organization_id, ${METHOD_VALUE_COLUMNS.join(', ')}) VALUES ($1, ${methodPlaceholders(2).join(', ')}) RETURNING id`,
      [actor.organization.id, ...methodParams(values)],
    );
    const id = rows[0]!.id;
    await this.recordChange(manager, actor, { methodId: id, version: 1, action: 'created', changes: diffMethodValues(null, values) });
    return this.get(id);
  }

  async update(id: string, version: number, input: MethodInput): Promise<Method> {
    const actor = requireActor();
    const values = validateMethod(input, id);
    const manager = await this.database.manager();
    const current = await this.row(manager, id, true);
    // Not visible, or visible but another organisation's: the same answer as a missing id.
    if (!current || current.organization_id !== actor.organization.id || current.archived_at) throw notFound(NOT_WRITABLE);
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    await this.checkRelations(manager, values);
    const changes = diffMethodValues(methodRowToValues(current), values);
    if (changes.length === 0) return toMethod(current);
    const placeholders = methodPlaceholders(3);
    const assignments = METHOD_VALUE_COLUMNS.map((column, index) => `${column} = ${placeholders[index]}`);
    // The version check in the WHERE clause is what guarantees no lost update.
    const updated: Array<{ version: number }> = await sqlRows(
      manager,
      `UPDATE method SET ${assignments.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
      [id, version, ...methodParams(values)],
    );
    if (updated.length === 0) throw await this.conflictError(manager, id, version, version + 1);
    await this.recordChange(manager, actor, { methodId: id, version: updated[0]!.version, action: 'updated', changes });
    return this.get(id);
  }

  async setArchived(id: string, archived: boolean): Promise<Method> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const current = await this.row(manager, id, true);
    if (!current || current.organization_id !== actor.organization.id) throw notFound(NOT_WRITABLE);
    if ((current.archived_at !== null) === archived) return toMethod(current);
    const rows: Array<{ version: number }> = await sqlRows(
      manager,
      `UPDATE method SET archived_at = ${archived ? 'now()' : 'NULL'}, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [id],
    );
    await this.recordChange(manager, actor, {
      methodId: id,
      version: rows[0]!.version,
      action: archived ? 'archived' : 'restored',
      changes: [{ field: 'archived', before: !archived, after: archived }],
    });
    return this.get(id);
  }

  private async recordChange(manager: EntityManager, actor: Actor, entry: { methodId: string; version: number; action: string; changes: StoredFieldChange[] }): Promise<void> {
    await sqlRows(
      manager,
      `INSERT INTO method_change (organization_id, method_id, version, actor_id, actor_name, action, changes) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [actor.organization.id, entry.methodId, entry.version, actor.principal.userId, actor.principal.name || actor.principal.username, entry.action, JSON.stringify(entry.changes)],
    );
  }

  /** Stored values as text for this reader: related methods by the names the reader may read now, in one statement. */
  private async historyValues(manager: EntityManager, changes: readonly (readonly StoredFieldChange[])[]): Promise<(field: string, value: unknown) => string | null> {
    const ids = [...new Set(changes.flatMap((list) => list.flatMap(referencedMethodIds)))].filter(isUuid);
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const rows: Array<{ id: string; name: string }> = await sqlRows(manager, `SELECT mt.id, mt.name FROM method mt WHERE mt.id = ANY($1::uuid[])`, [ids]);
      for (const row of rows) names.set(row.id, row.name);
    }
    return (field, value) => describeMethodValue(field, value, names);
  }

  private async conflictError(manager: EntityManager, id: string, readVersion: number, currentVersion: number) {
    const rows: Array<{ actor_name: string; created_at: Date; changes: StoredFieldChange[] }> = await sqlRows(
      manager,
      `SELECT actor_name, created_at, changes FROM method_change WHERE method_id = $1 AND version > $2 ORDER BY version`,
      [id, readVersion],
    );
    const show = await this.historyValues(manager, rows.map((r) => r.changes));
    const changed = rows.flatMap((r) =>
      r.changes.map((c) => ({
        field: c.field,
        label: METHOD_FIELD_LABELS[c.field]?.sv ?? c.field,
        before: show(c.field, c.before),
        after: show(c.field, c.after),
        actorName: r.actor_name,
        changedAt: new Date(r.created_at).toISOString(),
      })),
    );
    const who = [...new Set(rows.map((r) => r.actor_name))].join(', ') || 'någon annan';
    const fields = [...new Set(changed.map((c) => c.label.toLocaleLowerCase('sv-SE')))].join(', ');
    return conflict(
      `${who} har ändrat metoden sedan du öppnade den${fields ? ` (${fields})` : ''}. Inget av det du skrev har sparats över deras ändringar: jämför, ladda om och gör dina ändringar igen.`,
      { conflict: { currentVersion, changes: changed } },
    );
  }

  async history(id: string): Promise<MethodChange[]> {
    await this.get(id);
    const manager = await this.database.manager();
    const rows: Array<{ id: string; action: string; actor_name: string; version: number; created_at: Date; changes: StoredFieldChange[] }> = await sqlRows(
      manager,
      `SELECT id, action, actor_name, version, created_at, changes FROM method_change WHERE method_id = $1 ORDER BY created_at DESC, version DESC LIMIT 500`,
      [id],
    );
    const show = await this.historyValues(manager, rows.map((r) => r.changes));
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorName: r.actor_name,
      version: r.version,
      createdAt: new Date(r.created_at),
      changes: r.changes.map((c) => ({ field: c.field, before: show(c.field, c.before), after: show(c.field, c.after) })),
    }));
  }

  /** The initiative, if it is the active organisation's and not archived; otherwise the same NOT_FOUND as a missing one. */
  private async ownInitiative(manager: EntityManager, actor: Actor, initiativeId: string): Promise<InitiativeSqlRow> {
    if (!isUuid(initiativeId)) throw notFound(INITIATIVE_NOT_WRITABLE);
    const rows: InitiativeSqlRow[] = await sqlRows(manager, `SELECT ${INITIATIVE_COLUMNS} FROM initiative i WHERE i.id = $1 FOR UPDATE`, [initiativeId]);
    const row = rows[0];
    if (!row || row.organization_id !== actor.organization.id || row.archived_at) throw notFound(INITIATIVE_NOT_WRITABLE);
    return row;
  }

  /** Links one of the active organisation's initiatives to a method it may read. Linking twice is a no-op. */
  async link(initiativeId: string, methodId: string): Promise<Initiative> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const initiative = await this.ownInitiative(manager, actor, initiativeId);
    const method = isUuid(methodId) ? await this.row(manager, methodId) : undefined;
    if (!method || method.archived_at) {
      const errors = new FieldErrorCollector();
      errors.add('methodId', NOT_READABLE);
      errors.throwIfAny();
    }
    await sqlRows(
      manager,
      `INSERT INTO initiative_method (organization_id, initiative_id, method_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT "UQ_initiative_method" DO NOTHING`,
      [actor.organization.id, initiative.id, method!.id],
    );
    this.loaders.clearMethodRefs(initiative.id);
    return toInitiative(initiative);
  }

  /** Removes a link of one of the active organisation's initiatives. A link that is not there is a no-op. */
  async unlink(initiativeId: string, methodId: string): Promise<Initiative> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const initiative = await this.ownInitiative(manager, actor, initiativeId);
    if (isUuid(methodId)) await sqlRows(manager, `DELETE FROM initiative_method WHERE initiative_id = $1 AND method_id = $2 RETURNING id`, [initiative.id, methodId]);
    this.loaders.clearMethodRefs(initiative.id);
    return toInitiative(initiative);
  }

  /** The organisations using the method in initiatives the reader may read, with those initiatives' contacts. */
  async organizationsUsing(methodId: string): Promise<MethodUser[]> {
    const uses = await this.loaders.uses(methodId);
    const byOrganization = new Map<string, MethodUser>();
    for (const { initiative } of uses) {
      const user = byOrganization.get(initiative.organizationId) ?? { organizationId: initiative.organizationId, initiativeCount: 0, contacts: [] };
      user.initiativeCount += 1;
      const contact = initiative.contactPerson;
      if (contact && !user.contacts.some((c) => c.name === contact.name && c.email === contact.email)) user.contacts.push(contact);
      byOrganization.set(initiative.organizationId, user);
    }
    const organizations = await this.loaders.organizations();
    return [...byOrganization.values()].sort((a, b) => (organizations.get(a.organizationId)?.name ?? '').localeCompare(organizations.get(b.organizationId)?.name ?? '', 'sv'));
  }

  /** Sums over the readable initiatives using the method; see `sumOutcomes`. */
  async outcomes(methodId: string): Promise<MethodOutcomes> {
    return sumOutcomes(await this.loaders.uses(methodId));
  }
}

/**
 * The register's small-cell rule applied to sums over initiatives. Each initiative's counts are
 * masked for this reader as on its own page (FIELD_MASKS, applied by `toInitiative`). A sum with
 * no hidden part is masked like any count (exact only when every part is the reader's own
 * organisation's). A sum with a hidden part shows "<5" when it is small, and "dolt" otherwise:
 * an exact sum next to the parts the reader sees exactly would give the hidden one away.
 */
export function sumOutcomes(uses: readonly LoadedUse[]): MethodOutcomes {
  const exact = uses.every((u) => readsExactly(u.initiative.organizationId));
  const sum = (shown: (p: ParticipantPeriod) => ParticipantCount, stored: (p: StoredParticipantPeriod) => number): ParticipantCount => {
    const hidden = uses.some((u) => u.initiative.participants.some((p) => shown(p).value === null));
    const total = uses.reduce((n, u) => n + u.storedParticipants.reduce((m, p) => m + stored(p), 0), 0);
    if (!hidden) return maskCount(total, exact);
    return total < SMALL_COUNT_THRESHOLD ? maskCount(total, false) : { value: null, display: 'dolt' };
  };
  return {
    initiativeCount: uses.length,
    participants: sum((p) => p.total, (p) => p.women + p.men + p.otherOrUnknown),
    toWork: sum((p) => p.toWork, (p) => p.toWork),
    toStudies: sum((p) => p.toStudies, (p) => p.toStudies),
  };
}
