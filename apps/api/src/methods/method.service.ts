import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notFound } from '../graphql/portal-error.js';
import type { HistoryEntry } from '../change-log/change-log.model.js';
import { addMethodLink, removeMethodLink } from '../initiatives/initiative-method-links.js';
import { ChangeLogService, type StoredFieldChange, type ValueView } from '../change-log/change-log.service.js';
import { presentValue } from '../change-log/change-value.js';
import type { InitiativeRow } from '../initiatives/initiative.entity.js';
import { INITIATIVE_COLUMNS, toInitiative } from '../initiatives/initiative-row.mapper.js';
import type { Initiative } from '../initiatives/initiative.model.js';
import { ListEngine, type ListCounts, type ListCriteria } from '../list/list-engine.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { PageInfo } from '../list/list.model.js';
import { requireActor, type Actor } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { METHOD_LIST, type MethodFacetName, type MethodOrder } from './method-list.definition.js';
import type { MethodEdge, MethodFacets } from './method-list.model.js';
import { MethodLoaders } from './method-loaders.js';
import { sumOutcomes } from './method-outcomes.js';
import type { MethodRow } from './method.entity.js';
import { METHOD_COLUMNS, METHOD_FIELD_COLUMNS, METHOD_RECORD, toMethod } from './method-row.mapper.js';
import { METHOD_CHANGE_LOG, methodRelationEntry } from './method-change-log.js';
import { isRelationList, referencedMethodIds } from './method-values.js';
import type { MethodInput, MethodsArgs } from './method.inputs.js';
import type { Method, MethodOutcomes, MethodUser } from './method.model.js';
import { validateMethod, type MethodValues } from './method.validation.js';

/** What the list was asked for, so the counts run only when requested (and once). */
export interface MethodConnectionResult {
  edges: MethodEdge[];
  pageInfo: PageInfo;
  criteria: ListCriteria<MethodFacetName>;
  /** Internal: the facets the query selects; only they are counted. */
  requestedFacets: ReadonlySet<string>;
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
    private readonly organizations: OrganizationService,
    private readonly changeLog: ChangeLogService,
  ) {}

  private async row(manager: EntityManager, id: string, lock = false): Promise<MethodRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: MethodRow[] = await sqlRows(manager, `SELECT ${METHOD_COLUMNS} FROM method mt WHERE mt.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  /** Readable (row-level security; archived only by the owner). Otherwise the same NOT_FOUND as a missing id. */
  async get(id: string): Promise<Method> {
    const manager = await this.database.manager();
    const row = await this.row(manager, id);
    if (!row) throw notFound(NOT_READABLE);
    return toMethod(row);
  }

  /** A page of the bank; `fields` (the node's selected GraphQL fields) narrows the columns read. */
  async page(
    args: MethodsArgs,
    fields?: ReadonlySet<string>,
    requestedFacets: ReadonlySet<string> = new Set(Object.keys(METHOD_LIST.facets)),
  ): Promise<MethodConnectionResult> {
    // Archived rows are only ever their own organisation's (row-level security); here: asked for or not.
    const conditions = [args.filter?.includeArchived === true ? 'true' : 'mt.archived_at IS NULL'];
    const manager = await this.database.manager();
    const columns = fields ? METHOD_RECORD.selectFor('mt', fields, METHOD_FIELD_COLUMNS) : METHOD_COLUMNS;
    const page = await ENGINE.page<MethodRow>(manager, { ...args, conditions }, await this.organizations.directory(), columns);
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toMethod(edge.row) })),
      pageInfo: page.pageInfo,
      criteria: page.criteria,
      requestedFacets,
    };
  }

  /** Memoised per connection: totalCount and facets share one statement. */
  counts(connection: MethodConnectionResult): Promise<{ totalCount: number; facets: MethodFacets }> {
    connection.facetResult ??= this.database
      .manager()
      .then(async (manager) => ENGINE.counts(manager, connection.criteria, await this.organizations.directory(), connection.requestedFacets));
    return connection.facetResult;
  }

  /**
   * Related methods must exist and be readable by the writer now; they are checked in one
   * statement under row-level security, so a private method of another organisation answers like
   * a missing one.
   */
  private async checkRelations(manager: EntityManager, values: MethodValues): Promise<void> {
    if (values.relations.length === 0) return;
    const rows: Array<{ id: string }> = await sqlRows(manager, `SELECT mt.id FROM method mt WHERE mt.id = ANY($1::uuid[]) AND mt.archived_at IS NULL`, [
      values.relations.map((r) => r.methodId),
    ]);
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
    const write = METHOD_RECORD.write(values, 2);
    const rows: Array<{ id: string }> = await sqlRows(
      manager,
      `INSERT INTO method (organization_id, ${write.columns.join(', ')}) VALUES ($1, ${write.placeholders.join(', ')}) RETURNING id`,
      [actor.organization.id, ...write.params],
    );
    const id = rows[0]!.id;
    await this.recordChange(manager, actor, { methodId: id, version: 1, action: 'created', changes: this.changeLog.diff(METHOD_CHANGE_LOG, null, values) });
    return this.get(id);
  }

  async update(id: string, version: number, input: MethodInput): Promise<Method> {
    const actor = requireActor();
    const values = validateMethod(input, id);
    const manager = await this.database.manager();
    const current = await this.row(manager, id, true);
    // Not visible, or visible but another organisation's: the same answer as a missing id.
    if (!current || current.organizationId !== actor.organization.id || current.archivedAt) throw notFound(NOT_WRITABLE);
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    await this.checkRelations(manager, values);
    const changes = this.changeLog.diff(METHOD_CHANGE_LOG, METHOD_RECORD.valuesOf(current), values);
    if (changes.length === 0) return toMethod(current);
    const assignments = METHOD_RECORD.assignments(values, 3);
    // The version check in the WHERE clause is what guarantees no lost update.
    const updated: Array<{ version: number }> = await sqlRows(
      manager,
      `UPDATE method SET ${assignments.sql}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
      [id, version, ...assignments.params],
    );
    if (updated.length === 0) throw await this.conflictError(manager, id, version, version + 1);
    await this.recordChange(manager, actor, { methodId: id, version: updated[0]!.version, action: 'updated', changes });
    return this.get(id);
  }

  async setArchived(id: string, archived: boolean): Promise<Method> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const current = await this.row(manager, id, true);
    if (!current || current.organizationId !== actor.organization.id) throw notFound(NOT_WRITABLE);
    if ((current.archivedAt !== null) === archived) return toMethod(current);
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

  private async recordChange(
    manager: EntityManager,
    actor: Actor,
    entry: { methodId: string; version: number; action: string; changes: StoredFieldChange[] },
  ): Promise<void> {
    await this.changeLog.record(manager, METHOD_CHANGE_LOG, {
      organizationId: actor.organization.id,
      recordId: entry.methodId,
      version: entry.version,
      action: entry.action,
      changes: entry.changes,
    });
  }

  /**
   * How stored values read for this reader: each field by its spec, and related methods by the
   * names the reader may read now, all resolved in one statement under row-level security (a
   * method the reader may not read, or that is gone, keeps no name).
   */
  private async historyView(manager: EntityManager, changes: readonly (readonly StoredFieldChange[])[]): Promise<ValueView> {
    const ids = [...new Set(changes.flatMap((list) => list.flatMap(referencedMethodIds)))].filter(isUuid);
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const rows: Array<{ id: string; name: string }> = await sqlRows(manager, `SELECT mt.id, mt.name FROM method mt WHERE mt.id = ANY($1::uuid[])`, [ids]);
      for (const row of rows) names.set(row.id, row.name);
    }
    return (field, value) => {
      if (field !== 'relations') return presentValue(METHOD_CHANGE_LOG.fields[field]?.spec, value);
      if (value === null || value === undefined) return null;
      const relations = isRelationList(value) ? value : [];
      return { kind: 'entries', entries: relations.map((r) => methodRelationEntry(r.kind, names.get(r.methodId) ?? null)) };
    };
  }

  private async conflictError(manager: EntityManager, id: string, readVersion: number, currentVersion: number) {
    const rows = await this.changeLog.stored(manager, METHOD_CHANGE_LOG, id, readVersion);
    return this.changeLog.conflict(
      METHOD_CHANGE_LOG,
      rows,
      currentVersion,
      await this.historyView(
        manager,
        rows.map((r) => r.changes),
      ),
    );
  }

  async history(id: string): Promise<HistoryEntry[]> {
    await this.get(id);
    const manager = await this.database.manager();
    const rows = await this.changeLog.stored(manager, METHOD_CHANGE_LOG, id);
    return this.changeLog.history(
      rows,
      await this.historyView(
        manager,
        rows.map((r) => r.changes),
      ),
    );
  }

  /** The initiative, if it is the active organisation's and not archived; otherwise the same NOT_FOUND as a missing one. */
  private async ownInitiative(manager: EntityManager, actor: Actor, initiativeId: string): Promise<InitiativeRow> {
    if (!isUuid(initiativeId)) throw notFound(INITIATIVE_NOT_WRITABLE);
    const rows: InitiativeRow[] = await sqlRows(manager, `SELECT ${INITIATIVE_COLUMNS} FROM initiative i WHERE i.id = $1 FOR UPDATE`, [initiativeId]);
    const row = rows[0];
    if (!row || row.organizationId !== actor.organization.id || row.archivedAt) throw notFound(INITIATIVE_NOT_WRITABLE);
    return row;
  }

  /** Links one of the active organisation's initiatives to a method it may read. Linking twice is a no-op. */
  async link(initiativeId: string, methodId: string): Promise<Initiative> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const initiative = await this.ownInitiative(manager, actor, initiativeId);
    const method = isUuid(methodId) ? await this.row(manager, methodId) : undefined;
    if (!method || method.archivedAt) {
      const errors = new FieldErrorCollector();
      errors.add('methodId', NOT_READABLE);
      errors.throwIfAny();
    }
    await addMethodLink(this.changeLog, manager, { organizationId: actor.organization.id, initiativeId: initiative.id }, method!.id);
    this.loaders.clearMethodRefs(initiative.id);
    return toInitiative(initiative);
  }

  /** Removes a link of one of the active organisation's initiatives. A link that is not there is a no-op. */
  async unlink(initiativeId: string, methodId: string): Promise<Initiative> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const initiative = await this.ownInitiative(manager, actor, initiativeId);
    await removeMethodLink(this.changeLog, manager, { organizationId: actor.organization.id, initiativeId: initiative.id }, methodId);
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
    const organizations = await this.organizations.byId();
    return [...byOrganization.values()].sort((a, b) =>
      (organizations.get(a.organizationId)?.name ?? '').localeCompare(organizations.get(b.organizationId)?.name ?? '', 'sv'),
    );
  }

  /** Sums over the readable initiatives using the method; see `sumOutcomes`. */
  async outcomes(methodId: string): Promise<MethodOutcomes> {
    return sumOutcomes(await this.loaders.uses(methodId));
  }
}
