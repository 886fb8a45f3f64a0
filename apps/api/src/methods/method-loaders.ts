import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { StoredParticipantPeriod } from '../initiatives/initiative.entity.js';
import type { InitiativeRow } from '../initiatives/initiative.entity.js';
import { INITIATIVE_COLUMNS, toInitiative } from '../initiatives/initiative-row.mapper.js';
import { RelationDirection, type Initiative } from '../initiatives/initiative.model.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { RequestDatabase } from '../request/request-database.js';
import { RequestScoped } from '../request/request-scoped.js';
import type { MethodRow } from './method.entity.js';
import { METHOD_COLUMNS, toMethod } from './method-row.mapper.js';
import type { Method, MethodRelation } from './method.model.js';

/** An initiative using a method, with what lived on after it (its latest recorded follow-up). */
export interface LoadedUse {
  initiative: Initiative;
  afterLifeStatus: string | null;
  /** The stored counts, for sums only: what is shown of them goes through the masks. */
  storedParticipants: readonly StoredParticipantPeriod[];
}

interface RequestLoaders {
  uses: DataLoader<string, LoadedUse[]>;
  relations: DataLoader<Method, MethodRelation[], string>;
  methodRefs: DataLoader<string, Method[]>;
}

/**
 * Per-request batching, so a page of methods costs the same few statements however many rows it
 * has: uses (which also give `organizationsUsing` and `outcomes`), relations and an initiative's
 * methods are one statement per page each. Everything reads under the request's row-level
 * security, so what the reader may not read is simply not there.
 */
@Injectable()
export class MethodLoaders {
  private readonly scoped = new RequestScoped<RequestLoaders>('MethodLoaders', () => ({
    uses: new DataLoader((ids) => this.loadUses(ids)),
    relations: new DataLoader((methods) => this.loadRelations(methods), { cacheKeyFn: (method) => method.id }),
    methodRefs: new DataLoader((ids) => this.loadMethodRefs(ids)),
  }));

  constructor(
    private readonly database: RequestDatabase,
    private readonly organizationService: OrganizationService,
  ) {}

  private loaders(): RequestLoaders {
    return this.scoped.get();
  }

  organization(id: string): Promise<Organization> {
    return this.organizationService.get(id);
  }

  uses(methodId: string): Promise<LoadedUse[]> {
    return this.loaders().uses.load(methodId);
  }

  relations(method: Method): Promise<MethodRelation[]> {
    return this.loaders().relations.load(method);
  }

  methodRefs(initiativeId: string): Promise<Method[]> {
    return this.loaders().methodRefs.load(initiativeId);
  }

  /** Forget an initiative's methods after a link or unlink in the same request. */
  clearMethodRefs(initiativeId: string): void {
    this.loaders().methodRefs.clear(initiativeId);
  }

  private async loadUses(ids: readonly string[]): Promise<LoadedUse[][]> {
    const manager = await this.database.manager();
    // The follow-up subquery runs under its own policy too: a follow-up is read with its initiative.
    const rows: Array<InitiativeRow & { page_id: string; after_life: string | null }> = await manager.query(
      `SELECT l.method_id AS page_id, ${INITIATIVE_COLUMNS},
              (SELECT f.status FROM initiative_follow_up f WHERE f.initiative_id = i.id AND f.status IS NOT NULL ORDER BY f.due_date DESC LIMIT 1) AS after_life
         FROM initiative_method l JOIN initiative i ON i.id = l.initiative_id
        WHERE l.method_id = ANY($1::uuid[]) AND i.archived_at IS NULL
        ORDER BY i.start_date DESC NULLS LAST, i.title, i.id`,
      [ids],
    );
    const result = new Map<string, LoadedUse[]>(ids.map((id) => [id, []]));
    for (const row of rows)
      result.get(row.page_id)?.push({ initiative: toInitiative(row), afterLifeStatus: row.after_life, storedParticipants: row.participants });
    return ids.map((id) => result.get(id) ?? []);
  }

  private async loadRelations(methods: readonly Method[]): Promise<MethodRelation[][]> {
    const manager = await this.database.manager();
    const ids = methods.map((m) => m.id);
    const targets = [...new Set(methods.flatMap((m) => m.storedRelations.map((r) => r.methodId)))];
    // Outgoing: the stored ids, read back under row-level security (an unreadable one is dropped).
    // Incoming: readable methods whose stored relations point at a method of the page.
    const rows: Array<MethodRow & { page_id: string | null; relation_kind: string | null; direction: RelationDirection }> = await manager.query(
      `SELECT NULL::uuid AS page_id, NULL::text AS relation_kind, '${RelationDirection.OUTGOING}' AS direction, ${METHOD_COLUMNS}
         FROM method mt WHERE mt.id = ANY($2::uuid[]) AND mt.archived_at IS NULL
       UNION ALL
       SELECT (r->>'methodId')::uuid, r->>'kind', '${RelationDirection.INCOMING}', ${METHOD_COLUMNS}
         FROM method mt CROSS JOIN LATERAL jsonb_array_elements(mt.relations) r
        WHERE r->>'methodId' = ANY($1::text[]) AND mt.archived_at IS NULL`,
      [ids, targets],
    );
    const outgoing = new Map(rows.filter((r) => r.direction === RelationDirection.OUTGOING).map((r) => [r.id, toMethod(r)]));
    return methods.map((method) => {
      const out = method.storedRelations.flatMap((r) => {
        const other = outgoing.get(r.methodId);
        return other ? [{ kind: r.kind, direction: RelationDirection.OUTGOING, other }] : [];
      });
      const incoming = rows
        .filter((r) => r.direction === RelationDirection.INCOMING && r.page_id === method.id)
        .map((r) => ({ kind: r.relation_kind ?? '', direction: RelationDirection.INCOMING, other: toMethod(r) }));
      return [...out, ...incoming];
    });
  }

  private async loadMethodRefs(ids: readonly string[]): Promise<Method[][]> {
    const manager = await this.database.manager();
    const rows: Array<MethodRow & { page_id: string }> = await manager.query(
      `SELECT l.initiative_id AS page_id, ${METHOD_COLUMNS}
         FROM initiative_method l JOIN method mt ON mt.id = l.method_id
        WHERE l.initiative_id = ANY($1::uuid[]) AND mt.archived_at IS NULL
        ORDER BY mt.name COLLATE "sv-SE-x-icu", mt.id`,
      [ids],
    );
    const result = new Map<string, Method[]>(ids.map((id) => [id, []]));
    for (const row of rows) result.get(row.page_id)?.push(toMethod(row));
    return ids.map((id) => result.get(id) ?? []);
  }
}
