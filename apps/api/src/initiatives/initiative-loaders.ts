import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { RequestDatabase } from '../request/request-database.js';
import { currentRequestContext } from '../request/request-context.js';
import { RequestScoped } from '../request/request-scoped.js';
import { FOLLOW_UP_COLUMNS, toFollowUp, type FollowUpSqlRow } from './follow-up.mapper.js';
import type { InitiativeRow } from './initiative.entity.js';
import { INITIATIVE_COLUMNS, toInitiative } from './initiative-row.mapper.js';
import { RelationDirection, type FollowUp, type Initiative, type InitiativeRelation, type Partner } from './initiative.model.js';

interface RequestLoaders {
  relations: DataLoader<string, InitiativeRelation[]>;
  followUps: DataLoader<string, FollowUp[]>;
}

/**
 * Per-request batching, so a page of initiatives costs the same few statements however many
 * rows it has: relations and follow-ups once per page (organisations: OrganizationService.byId).
 */
@Injectable()
export class InitiativeLoaders {
  private readonly scoped = new RequestScoped<RequestLoaders>('InitiativeLoaders', () => ({
    relations: new DataLoader((ids) => this.loadRelations(ids)),
    followUps: new DataLoader((ids) => this.loadFollowUps(ids)),
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

  async partners(initiative: Initiative): Promise<Partner[]> {
    const organizations = await this.organizationService.byId();
    return initiative.storedPartners.map((p) => {
      const organization = p.organizationId ? (organizations.get(p.organizationId) ?? null) : null;
      return { role: p.role, organization, name: organization?.name ?? p.name };
    });
  }

  relations(initiativeId: string): Promise<InitiativeRelation[]> {
    return this.loaders().relations.load(initiativeId);
  }

  followUps(initiativeId: string): Promise<FollowUp[]> {
    return this.loaders().followUps.load(initiativeId);
  }

  private async loadRelations(ids: readonly string[]): Promise<InitiativeRelation[][]> {
    const manager = await this.database.manager();
    // One row per relation and end on the page, each with the initiative at the other end, so a
    // relation between two initiatives of the same page is listed from both of them.
    // The owner of the `to` end comes along, so who may remove each relation is known without a query per row.
    const side = (end: 'from_id' | 'to_id', other: 'from_id' | 'to_id', direction: RelationDirection) => `
      SELECT r.id AS relation_id, r.kind AS relation_kind, r.note AS relation_note, r.organization_id AS relation_org,
             t.organization_id AS relation_to_org, r.${end} AS page_id, '${direction}' AS direction, ${INITIATIVE_COLUMNS}
        FROM initiative_relation r JOIN initiative i ON i.id = r.${other} JOIN initiative t ON t.id = r.to_id
       WHERE r.${end} = ANY($1::uuid[]) AND i.archived_at IS NULL`;
    const rows: Array<
      InitiativeRow & {
        relation_id: string;
        relation_kind: string;
        relation_note: string;
        relation_org: string;
        relation_to_org: string;
        page_id: string;
        direction: RelationDirection;
      }
    > = await manager.query(
      `${side('from_id', 'to_id', RelationDirection.OUTGOING)}
         UNION ALL
         ${side('to_id', 'from_id', RelationDirection.INCOMING)}
         ORDER BY "startDate" NULLS FIRST, title`,
      [ids],
    );
    const active = currentRequestContext()?.activeOrganization?.id;
    const result = new Map<string, InitiativeRelation[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      result.get(row.page_id)?.push({
        id: row.relation_id,
        kind: row.relation_kind,
        note: row.relation_note,
        other: toInitiative(row),
        // The owners of both ends may remove it (row-level security enforces the same rule).
        canRemove: active !== undefined && (row.relation_org === active || row.relation_to_org === active),
        addedByOrganizationId: row.relation_org,
        direction: row.direction,
      });
    }
    return ids.map((id) => result.get(id) ?? []);
  }

  private async loadFollowUps(ids: readonly string[]): Promise<FollowUp[][]> {
    const manager = await this.database.manager();
    const rows: FollowUpSqlRow[] = await manager.query(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM initiative_follow_up f WHERE f.initiative_id = ANY($1::uuid[]) ORDER BY f.due_date`,
      [ids],
    );
    const result = new Map<string, FollowUp[]>(ids.map((id) => [id, []]));
    for (const row of rows) result.get(row.initiative_id)?.push(toFollowUp(row));
    return ids.map((id) => result.get(id) ?? []);
  }
}
