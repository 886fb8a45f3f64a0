import { Injectable } from '@nestjs/common';
import { RequestDatabase } from '../request/request-database.js';
import { currentRequestContext } from '../request/request-context.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventModel } from './audit-event.model.js';

export interface AuditEntry {
  readonly organizationId: string;
  readonly action: string;
  readonly subject?: string;
  readonly details?: Record<string, unknown>;
}

/** Writes and reads the audit log through the request's RLS transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly database: RequestDatabase) {}

  async record(entry: AuditEntry): Promise<void> {
    const principal = currentRequestContext()?.principal;
    if (!principal) throw new Error('Audit entry without a signed-in user');
    const manager = await this.database.manager();
    // Plain INSERT, no RETURNING: an invitee records their answer in a log they may not read,
    // and RETURNING would need the select policy too.
    await manager.query(`INSERT INTO audit_event (organization_id, actor_id, actor_username, action, details) VALUES ($1, $2, $3, $4, $5::jsonb)`, [
      entry.organizationId,
      principal.userId,
      principal.username,
      entry.action,
      JSON.stringify({ ...(entry.details ?? {}), ...(entry.subject ? { subject: entry.subject } : {}) }),
    ]);
  }

  /** Newest first; RLS limits the rows to what the caller may see. */
  async latest(organizationId: string, first: number): Promise<AuditEventModel[]> {
    const manager = await this.database.manager();
    const rows = await manager.find(AuditEvent, { where: { organizationId }, order: { createdAt: 'DESC' }, take: first });
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      actorUsername: row.actorUsername,
      subject: typeof row.details['subject'] === 'string' ? row.details['subject'] : undefined,
      createdAt: row.createdAt,
    }));
  }
}
