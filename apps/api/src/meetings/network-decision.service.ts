import { Injectable } from '@nestjs/common';
import { ACTION_ITEM_STATUSES } from '@portal/shared-domain';
import { conflict, forbidden, notFound, PortalError } from '../graphql/portal-error.js';
import { NetworkService } from '../networks/network.service.js';
import { requirePrincipal } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import type { ActionItemInput, DecisionInput } from './meeting.inputs.js';
import type { ActionItem, Meeting, NetworkDecision } from './meeting.model.js';
import { MeetingService } from './meeting.service.js';
import { validateActionItem, validateDecision } from './meeting.validation.js';

interface DecisionSqlRow {
  id: string;
  meeting_id: string | null;
  year: number;
  number: number;
  decided_on: string;
  text: string;
  responsible: string;
}

interface ActionSqlRow {
  id: string;
  network_id: string;
  meeting_id: string | null;
  title: string;
  owner_name: string;
  owner_user_id: string | null;
  due_date: string | null;
  status: string;
  done_at: Date | null;
  version: number;
}

const DECISION_COLUMNS = `id, meeting_id, year, number, to_char(decided_on, 'YYYY-MM-DD') AS decided_on, text, responsible`;
const ACTION_COLUMNS = `a.id, a.network_id, a.meeting_id, a.title, a.owner_name, a.owner_user_id, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.status, a.done_at, a.version`;

const toDecision = (row: DecisionSqlRow): NetworkDecision => ({
  id: row.id,
  meetingId: row.meeting_id,
  year: row.year,
  number: row.number,
  label: `${row.year}:${row.number}`,
  decidedOn: row.decided_on,
  text: row.text,
  responsible: row.responsible,
});

/** A network's decision log (numbered per year) and its action items, carried until done. */
@Injectable()
export class NetworkDecisionService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly meetings: MeetingService,
    private readonly networks: NetworkService,
  ) {}

  private async toActionItem(row: ActionSqlRow): Promise<ActionItem> {
    const me = requirePrincipal().userId;
    return {
      id: row.id,
      meetingId: row.meeting_id,
      title: row.title,
      ownerName: row.owner_name,
      ownerUserId: row.owner_user_id,
      dueDate: row.due_date,
      status: row.status,
      doneAt: row.done_at,
      version: row.version,
      canUpdate: row.owner_user_id === me || (await this.meetings.leads(row.network_id)),
    };
  }

  async decisionsOfNetwork(networkId: string): Promise<NetworkDecision[]> {
    const rows = await sqlRows<DecisionSqlRow>(
      await this.database.manager(),
      `SELECT ${DECISION_COLUMNS} FROM network_decision WHERE network_id = $1 ORDER BY year DESC, number DESC LIMIT 500`,
      [networkId],
    );
    return rows.map(toDecision);
  }

  async decisionsOfMeeting(meetingId: string): Promise<NetworkDecision[]> {
    const rows = await sqlRows<DecisionSqlRow>(
      await this.database.manager(),
      `SELECT ${DECISION_COLUMNS} FROM network_decision WHERE meeting_id = $1 ORDER BY year, number`,
      [meetingId],
    );
    return rows.map(toDecision);
  }

  /** A decision at a meeting, numbered next in its network and year (one at a time, also across instances). */
  async addDecision(input: DecisionInput): Promise<NetworkDecision> {
    const meeting = await this.meetings.get(input.meetingId);
    await this.meetings.requireLead(meeting.networkId);
    const values = validateDecision(input);
    const decidedOn = values.decidedOn ?? meeting.localDate;
    const year = Number(decidedOn.slice(0, 4));
    const manager = await this.database.manager();
    await sqlRows(manager, `SELECT pg_advisory_xact_lock(hashtext('network-decision:' || $1::text || ':' || $2::text))`, [meeting.networkId, year]);
    const [row] = await sqlRows<DecisionSqlRow>(
      manager,
      `INSERT INTO network_decision (network_id, meeting_id, year, number, decided_on, text, responsible)
       SELECT $1, $2, $3, coalesce(max(number), 0) + 1, $4, $5, $6 FROM network_decision WHERE network_id = $1 AND year = $3
       RETURNING ${DECISION_COLUMNS}`,
      [meeting.networkId, meeting.id, year, decidedOn, values.text, values.responsible],
    );
    const decision = toDecision(row!);
    await this.networks.recordEvent(meeting.networkId, 'decision.added', `Beslut ${decision.label}`);
    return decision;
  }

  async updateDecision(id: string, input: DecisionInput): Promise<NetworkDecision> {
    if (!isUuid(id)) throw notFound('Beslutet finns inte.');
    const manager = await this.database.manager();
    const [current] = await sqlRows<DecisionSqlRow & { network_id: string }>(
      manager,
      `SELECT network_id, ${DECISION_COLUMNS} FROM network_decision WHERE id = $1`,
      [id],
    );
    if (!current) throw notFound('Beslutet finns inte.');
    await this.meetings.requireLead(current.network_id);
    const values = validateDecision(input);
    // The number stays: it is how the decision is cited.
    const [row] = await sqlRows<DecisionSqlRow>(
      manager,
      `UPDATE network_decision SET text = $2, responsible = $3, decided_on = coalesce($4::date, decided_on) WHERE id = $1 RETURNING ${DECISION_COLUMNS}`,
      [id, values.text, values.responsible, values.decidedOn],
    );
    return toDecision(row!);
  }

  async openActionItems(networkId: string): Promise<ActionItem[]> {
    const rows = await sqlRows<ActionSqlRow>(
      await this.database.manager(),
      `SELECT ${ACTION_COLUMNS} FROM action_item a WHERE a.network_id = $1 AND a.status = 'open' ORDER BY a.due_date NULLS LAST, a.created_at, a.id`,
      [networkId],
    );
    return Promise.all(rows.map((row) => this.toActionItem(row)));
  }

  async raisedAt(meetingId: string): Promise<ActionItem[]> {
    const rows = await sqlRows<ActionSqlRow>(
      await this.database.manager(),
      `SELECT ${ACTION_COLUMNS} FROM action_item a WHERE a.meeting_id = $1 ORDER BY a.created_at, a.id`,
      [meetingId],
    );
    return Promise.all(rows.map((row) => this.toActionItem(row)));
  }

  /** Open items from the network's earlier meetings: what this meeting follows up. */
  async carriedTo(meeting: Meeting): Promise<ActionItem[]> {
    const rows = await sqlRows<ActionSqlRow>(
      await this.database.manager(),
      `SELECT ${ACTION_COLUMNS} FROM action_item a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.network_id = $1 AND a.meeting_id <> $2 AND m.starts_at < $3 AND (a.status = 'open' OR a.done_at >= $3)
        ORDER BY a.due_date NULLS LAST, a.created_at, a.id`,
      [meeting.networkId, meeting.id, meeting.startsAt],
    );
    return Promise.all(rows.map((row) => this.toActionItem(row)));
  }

  async addActionItem(meetingId: string, input: ActionItemInput): Promise<ActionItem> {
    const meeting = await this.meetings.get(meetingId);
    await this.meetings.requireLead(meeting.networkId);
    const values = validateActionItem(input);
    const manager = await this.database.manager();
    const ownerName = await this.ownerName(meeting.networkId, values.ownerUserId, values.ownerName);
    const [row] = await sqlRows<ActionSqlRow>(
      manager,
      `INSERT INTO action_item AS a (network_id, meeting_id, title, owner_name, owner_user_id, due_date) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ACTION_COLUMNS}`,
      [meeting.networkId, meeting.id, values.title, ownerName, values.ownerUserId, values.dueDate],
    );
    return this.toActionItem(row!);
  }

  async updateActionItem(id: string, version: number, input: ActionItemInput): Promise<ActionItem> {
    const current = await this.actionItem(id);
    await this.meetings.requireLead(current.network_id);
    const values = validateActionItem(input);
    const ownerName = await this.ownerName(current.network_id, values.ownerUserId, values.ownerName);
    const [row] = await sqlRows<ActionSqlRow>(
      await this.database.manager(),
      `UPDATE action_item a SET title = $3, owner_name = $4, owner_user_id = $5, due_date = $6, version = version + 1, updated_at = now()
        WHERE a.id = $1 AND a.version = $2 RETURNING ${ACTION_COLUMNS}`,
      [id, version, values.title, ownerName, values.ownerUserId, values.dueDate],
    );
    if (!row) throw conflict('Någon annan har ändrat åtgärden sedan du öppnade den. Läs in den igen.', { currentVersion: current.version });
    return this.toActionItem(row);
  }

  /** Done or open again: by the chairs and secretaries, or by the member who owns it. */
  async setActionItemStatus(id: string, status: string): Promise<ActionItem> {
    if (!ACTION_ITEM_STATUSES.some((s) => s.code === status)) {
      throw new PortalError('BAD_USER_INPUT', 'Välj pågår eller klar.', { status: 'Välj pågår eller klar.' });
    }
    const current = await this.actionItem(id);
    const item = await this.toActionItem(current);
    if (!item.canUpdate) throw forbidden('Bara den som äger åtgärden, ordförande och sekreterare kan ändra den.');
    const [row] = await sqlRows<ActionSqlRow>(
      await this.database.manager(),
      `UPDATE action_item a SET status = $2, done_at = CASE WHEN $2 = 'done' THEN coalesce(a.done_at, now()) END, version = version + 1, updated_at = now()
        WHERE a.id = $1 RETURNING ${ACTION_COLUMNS}`,
      [id, status],
    );
    if (!row) throw notFound('Åtgärden finns inte.');
    return this.toActionItem(row);
  }

  private async actionItem(id: string): Promise<ActionSqlRow> {
    if (!isUuid(id)) throw notFound('Åtgärden finns inte.');
    const [row] = await sqlRows<ActionSqlRow>(await this.database.manager(), `SELECT ${ACTION_COLUMNS} FROM action_item a WHERE a.id = $1`, [id]);
    if (!row) throw notFound('Åtgärden finns inte.');
    return row;
  }

  /** An owner who is a member is named as in the network; otherwise the name given is required. */
  private async ownerName(networkId: string, ownerUserId: string | null, given: string): Promise<string> {
    if (ownerUserId) {
      const network = await this.networks.get(networkId);
      const member = (await this.networks.members(network, ['active'])).find((m) => m.userId === ownerUserId);
      if (!member) throw new PortalError('BAD_USER_INPUT', 'Den ansvariga är inte medlem i nätverket.', { ownerUserId: 'Välj en av nätverkets medlemmar.' });
      return member.displayName;
    }
    if (!given) throw new PortalError('BAD_USER_INPUT', 'Ange vem som ansvarar för åtgärden.', { ownerName: 'Ange vem som ansvarar för åtgärden.' });
    return given;
  }
}
