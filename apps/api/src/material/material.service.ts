import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { MATERIAL_LICENCES } from '@portal/shared-domain';
import type { EntityManager } from 'typeorm';
import type { HistoryEntry } from '../change-log/change-log.model.js';
import { ChangeLogService, type StoredFieldChange } from '../change-log/change-log.service.js';
import { presentValue } from '../change-log/change-value.js';
import { badUserInput, notFound } from '../graphql/portal-error.js';
import type { InitiativeRow } from '../initiatives/initiative.entity.js';
import { INITIATIVE_COLUMNS, toInitiative } from '../initiatives/initiative-row.mapper.js';
import type { Initiative } from '../initiatives/initiative.model.js';
import { ListEngine, type ListCounts, type ListCriteria } from '../list/list-engine.js';
import type { PageInfo } from '../list/list.model.js';
import type { MethodRow } from '../methods/method.entity.js';
import { METHOD_COLUMNS, toMethod } from '../methods/method-row.mapper.js';
import type { Method } from '../methods/method.model.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { requireActor, requirePrincipal, type Actor } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { RequestScoped } from '../request/request-scoped.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { MaterialFileService } from './files/material-file.service.js';
import { refreshMaterialFileText } from './files/material-file-text.js';
import { MATERIAL_CHANGE_LOG } from './material-change-log.js';
import { MATERIAL_LIST, type MaterialFacetName, type MaterialOrder } from './material-list.definition.js';
import type { MaterialEdge, MaterialFacets } from './material-list.model.js';
import { addMonths, REVIEW_STATUS_SQL, swedishToday } from './material-review.js';
import { MATERIAL_COLUMNS, MATERIAL_FIELD_COLUMNS, MATERIAL_RECORD, toMaterial } from './material-row.mapper.js';
import type { MaterialRow } from './material.entity.js';
import type { MaterialInput, MaterialsArgs, MaterialVersionInput } from './material.inputs.js';
import type { Material, MaterialAdaptation, MaterialFile, MaterialOriginalChange, MaterialRef, MaterialVersion } from './material.model.js';
import { validateMaterial, validateMaterialVersion, type MaterialValues } from './material.validation.js';

export interface MaterialConnectionResult {
  edges: MaterialEdge[];
  pageInfo: PageInfo;
  criteria: ListCriteria<MaterialFacetName>;
  requestedFacets: ReadonlySet<string>;
  facetResult?: Promise<ListCounts<MaterialFacetName>>;
}

/** "Att granska": what the signed-in user and their organisation have to attend to. */
export interface MaterialReviewLists {
  responsible: Material[];
  organization: Material[];
  originalChanged: Material[];
}

const ENGINE = new ListEngine<MaterialFacetName, MaterialOrder>(MATERIAL_LIST);
const NOT_READABLE = 'Materialet finns inte, eller så har du inte tillgång till det.';
const NOT_WRITABLE = 'Materialet finns inte, eller så får du inte ändra det.';
/** Terms under which others may not make variants. */
const NOT_ADAPTABLE = new Set<string>(['use-as-is', 'internal'] satisfies Array<(typeof MATERIAL_LICENCES)[number]['code']>);
const LIST_LIMIT = 100;

interface VersionSqlRow {
  id: string;
  material_id: string;
  number: number;
  note: string;
  created_at: Date;
  created_by_name: string;
  file_ids: string[];
}

interface Loaders {
  versions: DataLoader<string, MaterialVersion[]>;
  files: DataLoader<string, MaterialFile | null>;
  refs: DataLoader<string, MaterialRef | null>;
  adaptations: DataLoader<string, MaterialAdaptation[]>;
  byInitiative: DataLoader<string, Material[]>;
  byMethod: DataLoader<string, Material[]>;
}

const toVersion = (row: VersionSqlRow): MaterialVersion => ({
  id: row.id,
  materialId: row.material_id,
  number: row.number,
  note: row.note,
  createdAt: row.created_at,
  createdByName: row.created_by_name,
  fileIds: row.file_ids,
});

/**
 * Shared material: the register, a material with its versions and files, writes, adaptations and
 * reviews, all through the request's row-level security transaction. Lists resolve their
 * versions, files, originals and adaptations through per-request loaders (a statement each per page).
 */
@Injectable()
export class MaterialService {
  private readonly loaders = new RequestScoped<Loaders>('MaterialService', () => ({
    versions: new DataLoader((ids) => this.loadVersions(ids)),
    files: new DataLoader((ids) => this.loadFiles(ids)),
    refs: new DataLoader((ids) => this.loadRefs(ids)),
    adaptations: new DataLoader((ids) => this.loadAdaptations(ids)),
    byInitiative: new DataLoader((ids) => this.loadLinked('initiative_ids', ids)),
    byMethod: new DataLoader((ids) => this.loadLinked('method_ids', ids)),
  }));

  constructor(
    private readonly database: RequestDatabase,
    private readonly organizationService: OrganizationService,
    private readonly changeLog: ChangeLogService,
    private readonly files: MaterialFileService,
  ) {}

  organization(id: string): Promise<Organization> {
    return this.organizationService.get(id);
  }

  private async row(manager: EntityManager, id: string, lock = false): Promise<MaterialRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows = await sqlRows<MaterialRow>(manager, `SELECT ${MATERIAL_COLUMNS} FROM material ma WHERE ma.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  /** The active organisation's material, not archived, locked for the write; else NOT_FOUND. */
  private async ownRow(manager: EntityManager, actor: Actor, id: string): Promise<MaterialRow> {
    const row = await this.row(manager, id, true);
    if (!row || row.organizationId !== actor.organization.id || row.archivedAt) throw notFound(NOT_WRITABLE);
    return row;
  }

  async get(id: string): Promise<Material> {
    const row = await this.row(await this.database.manager(), id);
    if (!row) throw notFound(NOT_READABLE);
    return toMaterial(row);
  }

  async page(args: MaterialsArgs, fields?: ReadonlySet<string>, requestedFacets: ReadonlySet<string> = new Set(Object.keys(MATERIAL_LIST.facets))) {
    const conditions = [args.filter?.includeArchived === true ? 'true' : 'ma.archived_at IS NULL'];
    const manager = await this.database.manager();
    const columns = fields ? MATERIAL_RECORD.selectFor('ma', fields, MATERIAL_FIELD_COLUMNS) : MATERIAL_COLUMNS;
    const page = await ENGINE.page<MaterialRow>(manager, { ...args, conditions }, await this.organizationService.directory(), columns);
    const result: MaterialConnectionResult = {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toMaterial(edge.row) })),
      pageInfo: page.pageInfo,
      criteria: page.criteria,
      requestedFacets,
    };
    return result;
  }

  counts(connection: MaterialConnectionResult): Promise<{ totalCount: number; facets: MaterialFacets }> {
    connection.facetResult ??= this.database
      .manager()
      .then(async (manager) => ENGINE.counts(manager, connection.criteria, await this.organizationService.directory(), connection.requestedFacets));
    return connection.facetResult;
  }

  /** Linked initiatives and methods must be readable by the writer now (one statement each). */
  private async checkLinks(manager: EntityManager, values: MaterialValues): Promise<void> {
    const errors = new FieldErrorCollector();
    for (const [field, table, ids, message] of [
      ['initiativeIds', 'initiative', values.initiativeIds, 'En av insatserna finns inte, eller så har du inte tillgång till den.'],
      ['methodIds', 'method', values.methodIds, 'En av metoderna finns inte, eller så har du inte tillgång till den.'],
    ] as const) {
      if (ids.length === 0) continue;
      const rows = await sqlRows<{ id: string }>(manager, `SELECT t.id FROM ${table} t WHERE t.id = ANY($1::uuid[]) AND t.archived_at IS NULL`, [ids]);
      if (rows.length !== ids.length) errors.add(field, message);
    }
    errors.throwIfAny();
  }

  private responsibleDefault(actor: Actor): { name: string; email: string } {
    return { name: actor.principal.name ?? actor.principal.username, email: actor.principal.email ?? '' };
  }

  async create(input: MaterialInput, files?: MaterialVersionInput | null): Promise<Material> {
    const actor = requireActor();
    const values = validateMaterial(input, this.responsibleDefault(actor));
    const version = files && files.fileIds.length > 0 ? validateMaterialVersion(files, true) : null;
    const manager = await this.database.manager();
    await this.checkLinks(manager, values);
    const write = MATERIAL_RECORD.write(values, 2);
    const [created] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO material (organization_id, ${write.columns.join(', ')}) VALUES ($1, ${write.placeholders.join(', ')}) RETURNING id`,
      [actor.organization.id, ...write.params],
    );
    const id = created!.id;
    await this.recordChange(manager, actor, id, 1, 'created', this.changeLog.diff(MATERIAL_CHANGE_LOG, null, values));
    if (version) await this.addVersion(manager, actor, await this.ownRow(manager, actor, id), version.fileIds, version.note);
    return this.get(id);
  }

  async update(id: string, version: number, input: MaterialInput): Promise<Material> {
    const actor = requireActor();
    const values = validateMaterial(input, this.responsibleDefault(actor));
    const manager = await this.database.manager();
    const current = await this.ownRow(manager, actor, id);
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    await this.checkLinks(manager, values);
    const changes = this.changeLog.diff(MATERIAL_CHANGE_LOG, MATERIAL_RECORD.valuesOf(current), values);
    if (changes.length === 0) return toMaterial(current);
    const assignments = MATERIAL_RECORD.assignments(values, 3);
    const updated = await sqlRows<{ version: number }>(
      manager,
      `UPDATE material SET ${assignments.sql}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
      [id, version, ...assignments.params],
    );
    if (updated.length === 0) throw await this.conflictError(manager, id, version, version + 1);
    await this.recordChange(manager, actor, id, updated[0]!.version, 'updated', changes);
    return this.get(id);
  }

  /** A new version with these files (kept ones and new uploads), numbered after the current one. */
  async publishVersion(id: string, version: number, input: MaterialVersionInput): Promise<Material> {
    const actor = requireActor();
    const values = validateMaterialVersion(input, true);
    const manager = await this.database.manager();
    const current = await this.ownRow(manager, actor, id);
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    await this.addVersion(manager, actor, current, values.fileIds, values.note);
    return this.get(id);
  }

  private async addVersion(manager: EntityManager, actor: Actor, current: MaterialRow, fileIds: string[], note: string, action = 'version-published') {
    await this.files.takeIn(manager, actor, current.id, fileIds);
    const number = current.currentVersion + 1;
    await manager.query(
      `INSERT INTO material_version (organization_id, material_id, number, note, file_ids, created_by_id, created_by_name) VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7)`,
      [actor.organization.id, current.id, number, note, fileIds, actor.principal.userId, actor.principal.name ?? actor.principal.username],
    );
    const [updated] = await sqlRows<{ version: number }>(
      manager,
      `UPDATE material SET current_version = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [current.id, number],
    );
    await refreshMaterialFileText(manager, current.id);
    await this.recordChange(manager, actor, current.id, updated!.version, action, [
      { field: 'currentVersion', before: current.currentVersion || null, after: number },
    ]);
  }

  /**
   * Copies a material another organisation owns into the active one as a private local variant
   * linked to its original, with the original's current files as version 1.
   */
  async adapt(id: string): Promise<Material> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const original = await this.row(manager, id);
    if (!original || original.archivedAt) throw notFound(NOT_READABLE);
    if (original.organizationId === actor.organization.id) throw badUserInput('Materialet tillhör redan din organisation. Ändra det direkt i stället.');
    if (NOT_ADAPTABLE.has(original.licence)) throw badUserInput('Villkoren för materialet tillåter inte att det anpassas. Kontakta den ansvariga.');
    const responsible = this.responsibleDefault(actor);
    const nextReviewOn = original.reviewCycleMonths ? addMonths(swedishToday(), original.reviewCycleMonths) : null;
    const [created] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO material (organization_id, title, kind, summary, description, themes, audiences, language, licence, visibility,
                             responsible_name, responsible_email, valid_from, valid_to, review_cycle_months, next_review_on, adapted_from_id, original_seen_version)
       SELECT $2, o.title, o.kind, o.summary, o.description, o.themes, o.audiences, o.language, o.licence, 'private',
              $3, $4, o.valid_from, o.valid_to, o.review_cycle_months, $5::date, o.id, o.current_version
         FROM material o WHERE o.id = $1
       RETURNING id`,
      [original.id, actor.organization.id, responsible.name, responsible.email, nextReviewOn],
    );
    const variantId = created!.id;
    await manager.query(`INSERT INTO material_adaptation (variant_id, original_id, organization_id) VALUES ($1, $2, $3)`, [
      variantId,
      original.id,
      actor.organization.id,
    ]);
    const variant = await this.ownRow(manager, actor, variantId);
    await this.recordChange(manager, actor, variantId, 1, 'adapted', this.changeLog.diff(MATERIAL_CHANGE_LOG, null, MATERIAL_RECORD.valuesOf(variant)));
    const [currentVersion] =
      original.currentVersion > 0 ? (await this.loadVersions([original.id]))[0]!.filter((v) => v.number === original.currentVersion) : [];
    if (currentVersion) {
      const copies = await this.files.copyInto(manager, actor, variantId, currentVersion.fileIds);
      const note = `Anpassad från ”${original.title}”, version ${original.currentVersion}.`;
      await this.addVersion(manager, actor, await this.ownRow(manager, actor, variantId), copies, note);
    }
    return this.get(variantId);
  }

  /** Marks a review done today: the next one is a cycle ahead (none without a cycle). */
  async markReviewed(id: string, version: number): Promise<Material> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const current = await this.ownRow(manager, actor, id);
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    const next = current.reviewCycleMonths ? addMonths(swedishToday(), current.reviewCycleMonths) : null;
    const [updated] = await sqlRows<{ version: number }>(
      manager,
      `UPDATE material SET last_reviewed_at = now(), next_review_on = $2::date, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [id, next],
    );
    await this.recordChange(manager, actor, id, updated!.version, 'reviewed', [{ field: 'nextReviewOn', before: current.nextReviewOn, after: next }]);
    return this.get(id);
  }

  /** The variant's owners have seen the original's new versions ("Originalet har ändrats" handled). */
  async acknowledgeOriginalChange(id: string, version: number): Promise<Material> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const current = await this.ownRow(manager, actor, id);
    if (current.version !== version) throw await this.conflictError(manager, id, version, current.version);
    const original = current.adaptedFromId ? await this.row(manager, current.adaptedFromId) : undefined;
    if (!original) throw badUserInput('Materialet är ingen anpassning av ett material du får se.');
    if (original.currentVersion <= (current.originalSeenVersion ?? 0)) return toMaterial(current);
    const [updated] = await sqlRows<{ version: number }>(
      manager,
      `UPDATE material SET original_seen_version = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [id, original.currentVersion],
    );
    await this.recordChange(manager, actor, id, updated!.version, 'original-change-handled', []);
    return this.get(id);
  }

  async setArchived(id: string, archived: boolean): Promise<Material> {
    const actor = requireActor();
    const manager = await this.database.manager();
    const current = await this.row(manager, id, true);
    if (!current || current.organizationId !== actor.organization.id) throw notFound(NOT_WRITABLE);
    if ((current.archivedAt !== null) === archived) return toMaterial(current);
    const [updated] = await sqlRows<{ version: number }>(
      manager,
      `UPDATE material SET archived_at = ${archived ? 'now()' : 'NULL'}, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [id],
    );
    await this.recordChange(manager, actor, id, updated!.version, archived ? 'archived' : 'restored', [
      { field: 'archived', before: !archived, after: archived },
    ]);
    return this.get(id);
  }

  private async recordChange(manager: EntityManager, actor: Actor, materialId: string, version: number, action: string, changes: StoredFieldChange[]) {
    await this.changeLog.record(manager, MATERIAL_CHANGE_LOG, { organizationId: actor.organization.id, recordId: materialId, version, action, changes });
  }

  private async conflictError(manager: EntityManager, id: string, readVersion: number, currentVersion: number) {
    const rows = await this.changeLog.stored(manager, MATERIAL_CHANGE_LOG, id, readVersion);
    return this.changeLog.conflict(MATERIAL_CHANGE_LOG, rows, currentVersion, (field, value) => presentValue(MATERIAL_CHANGE_LOG.fields[field]?.spec, value));
  }

  async history(id: string): Promise<HistoryEntry[]> {
    await this.get(id);
    const manager = await this.database.manager();
    const rows = await this.changeLog.stored(manager, MATERIAL_CHANGE_LOG, id);
    return this.changeLog.history(rows, (field, value) => presentValue(MATERIAL_CHANGE_LOG.fields[field]?.spec, value));
  }

  // Reads of one material's parts, batched per request.

  versions(materialId: string): Promise<MaterialVersion[]> {
    return this.loaders.get().versions.load(materialId);
  }

  async currentVersion(material: Material): Promise<MaterialVersion | null> {
    if (material.currentVersionNumber === 0) return null;
    return (await this.versions(material.id)).find((v) => v.number === material.currentVersionNumber) ?? null;
  }

  async filesOf(version: MaterialVersion): Promise<MaterialFile[]> {
    const files = await this.loaders.get().files.loadMany(version.fileIds);
    return files.filter((f): f is MaterialFile => f !== null && !(f instanceof Error));
  }

  ref(id: string): Promise<MaterialRef | null> {
    return this.loaders.get().refs.load(id);
  }

  adaptations(originalId: string): Promise<MaterialAdaptation[]> {
    return this.loaders.get().adaptations.load(originalId);
  }

  /** For the variant's own organisation: the original's versions since the one it has seen. */
  async originalChange(material: Material): Promise<MaterialOriginalChange | null> {
    if (!material.adaptedFromId || !material.canEdit) return null;
    const original = await this.ref(material.adaptedFromId);
    const seen = material.originalSeenVersion ?? 0;
    if (!original || original.currentVersionNumber <= seen) return null;
    const newVersions = (await this.versions(original.id)).filter((v) => v.number > seen);
    return { original, seenVersion: seen, currentVersion: original.currentVersionNumber, newVersions };
  }

  async initiatives(material: Material): Promise<Initiative[]> {
    if (material.initiativeIds.length === 0) return [];
    const manager = await this.database.manager();
    const rows = await sqlRows<InitiativeRow>(
      manager,
      `SELECT ${INITIATIVE_COLUMNS} FROM initiative i WHERE i.id = ANY($1::uuid[]) AND i.archived_at IS NULL`,
      [material.initiativeIds],
    );
    const byId = new Map(rows.map((row) => [row.id, toInitiative(row)]));
    return material.initiativeIds.flatMap((id) => byId.get(id) ?? []);
  }

  async methods(material: Material): Promise<Method[]> {
    if (material.methodIds.length === 0) return [];
    const manager = await this.database.manager();
    const rows = await sqlRows<MethodRow>(manager, `SELECT ${METHOD_COLUMNS} FROM method mt WHERE mt.id = ANY($1::uuid[]) AND mt.archived_at IS NULL`, [
      material.methodIds,
    ]);
    const byId = new Map(rows.map((row) => [row.id, toMethod(row)]));
    return material.methodIds.flatMap((id) => byId.get(id) ?? []);
  }

  /** The material an initiative produced, that the reader may read. */
  forInitiative(initiativeId: string): Promise<Material[]> {
    return this.loaders.get().byInitiative.load(initiativeId);
  }

  /** The material belonging to a method, that the reader may read. */
  forMethod(methodId: string): Promise<Material[]> {
    return this.loaders.get().byMethod.load(methodId);
  }

  /** The material shared with a network, that the reader may read. */
  async forNetwork(networkId: string): Promise<Material[]> {
    if (!isUuid(networkId)) return [];
    const manager = await this.database.manager();
    const rows = await sqlRows<MaterialRow>(
      manager,
      `SELECT ${MATERIAL_COLUMNS} FROM material ma JOIN network_share s ON s.record_id = ma.id AND s.record_kind = 'material'
        WHERE s.network_id = $1 AND ma.archived_at IS NULL ORDER BY ma.title COLLATE "sv-SE-x-icu", ma.id LIMIT ${LIST_LIMIT}`,
      [networkId],
    );
    return rows.map(toMaterial);
  }

  /** "Att granska": overdue or expired material the user is responsible for, their organisation's, and variants whose original changed. */
  async reviews(): Promise<MaterialReviewLists> {
    const principal = requirePrincipal();
    const actor = requireActor();
    const manager = await this.database.manager();
    const overdue = `${REVIEW_STATUS_SQL} IN ('review-due', 'expired') AND ma.archived_at IS NULL`;
    const order = `ORDER BY coalesce(ma.next_review_on, ma.valid_to) NULLS LAST, ma.title COLLATE "sv-SE-x-icu", ma.id LIMIT ${LIST_LIMIT}`;
    const email = (principal.email ?? '').trim();
    const responsible = email
      ? await sqlRows<MaterialRow>(
          manager,
          `SELECT ${MATERIAL_COLUMNS} FROM material ma WHERE ${overdue} AND lower(ma.responsible_email) = lower($1) ${order}`,
          [email],
        )
      : [];
    const organization = await sqlRows<MaterialRow>(
      manager,
      `SELECT ${MATERIAL_COLUMNS} FROM material ma WHERE ${overdue} AND ma.organization_id = $1 ${order}`,
      [actor.organization.id],
    );
    const originalChanged = await sqlRows<MaterialRow>(
      manager,
      `SELECT ${MATERIAL_COLUMNS} FROM material ma JOIN material o ON o.id = ma.adapted_from_id
        WHERE ma.organization_id = $1 AND ma.archived_at IS NULL AND o.current_version > coalesce(ma.original_seen_version, 0)
        ORDER BY ma.title COLLATE "sv-SE-x-icu", ma.id LIMIT ${LIST_LIMIT}`,
      [actor.organization.id],
    );
    return { responsible: responsible.map(toMaterial), organization: organization.map(toMaterial), originalChanged: originalChanged.map(toMaterial) };
  }

  async createFileLink(fileId: string, preview: boolean): Promise<{ url: string; expiresAt: Date }> {
    return this.files.createLink(await this.database.manager(), fileId, preview);
  }

  async rescanFile(fileId: string): Promise<MaterialFile> {
    const actor = requireActor();
    return this.files.rescan(await this.database.manager(), actor, fileId);
  }

  private async loadVersions(ids: readonly string[]): Promise<MaterialVersion[][]> {
    const manager = await this.database.manager();
    const rows = await sqlRows<VersionSqlRow>(
      manager,
      `SELECT v.id, v.material_id, v.number, v.note, v.created_at, v.created_by_name, v.file_ids FROM material_version v
        WHERE v.material_id = ANY($1::uuid[]) ORDER BY v.number DESC`,
      [ids.filter(isUuid)],
    );
    return ids.map((id) => rows.filter((row) => row.material_id === id).map(toVersion));
  }

  private async loadFiles(ids: readonly string[]): Promise<Array<MaterialFile | null>> {
    const found = await this.files.byIds(await this.database.manager(), ids);
    return ids.map((id) => found.get(id) ?? null);
  }

  private async loadRefs(ids: readonly string[]): Promise<Array<MaterialRef | null>> {
    const manager = await this.database.manager();
    const rows = await sqlRows<MaterialRef>(
      manager,
      `SELECT ma.id, ma.title, ma.kind, ma.current_version AS "currentVersionNumber", ma.organization_id AS "organizationId" FROM material ma WHERE ma.id = ANY($1::uuid[])`,
      [ids.filter(isUuid)],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadAdaptations(ids: readonly string[]): Promise<MaterialAdaptation[][]> {
    const manager = await this.database.manager();
    const rows = await sqlRows<{ original_id: string; variant_id: string; organization_id: string; created_at: Date }>(
      manager,
      `SELECT a.original_id, a.variant_id, a.organization_id, a.created_at FROM material_adaptation a WHERE a.original_id = ANY($1::uuid[]) ORDER BY a.created_at, a.variant_id`,
      [ids.filter(isUuid)],
    );
    const refs = await this.loaders.get().refs.loadMany(rows.map((row) => row.variant_id));
    const adaptations = rows.map((row, index) => {
      const ref = refs[index];
      return {
        originalId: row.original_id,
        organizationId: row.organization_id,
        createdAt: row.created_at,
        material: ref && !(ref instanceof Error) ? ref : null,
      };
    });
    return ids.map((id) => adaptations.filter((a) => a.originalId === id));
  }

  /** Material linking any of these initiatives (or methods), in one statement for the batch. */
  private async loadLinked(column: 'initiative_ids' | 'method_ids', ids: readonly string[]): Promise<Material[][]> {
    const manager = await this.database.manager();
    const rows = await sqlRows<MaterialRow>(
      manager,
      `SELECT ${MATERIAL_COLUMNS} FROM material ma WHERE ma.${column} && $1::uuid[] AND ma.archived_at IS NULL ORDER BY ma.title COLLATE "sv-SE-x-icu", ma.id LIMIT 500`,
      [ids.filter(isUuid)],
    );
    const key = column === 'initiative_ids' ? 'initiativeIds' : 'methodIds';
    return ids.map((id) => rows.filter((row) => row[key].includes(id)).map(toMaterial));
  }
}
