import { Injectable, Logger } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { isLocale, type Locale, type NetworkRoleCode, type ShareableKind } from '@portal/shared-domain';
import { conflict, forbidden, notFound, PortalError } from '../graphql/portal-error.js';
import { IdentityProviderError, KeycloakAdminService } from '../organization-admin/keycloak-admin.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { activeOrganization, requireActor, requirePrincipal } from '../request/actor.js';
import { currentRequestContext } from '../request/request-context.js';
import { RequestDatabase } from '../request/request-database.js';
import { RequestScoped } from '../request/request-scoped.js';
import { sqlRows } from '../request/sql-rows.js';
import { isUuid } from '../validation/field-checks.js';
import { readableRecordJoins, SHAREABLE_RECORDS } from './shareable-records.js';
import { NetworkMail } from './network-mail.js';
import type { InviteNetworkMemberInput, NetworkInput, NetworkShareInput } from './network.inputs.js';
import type { Network, NetworkEvent, NetworkMember, NetworkRef, SharedRecord } from './network.model.js';
import { validateInvitation, validateNetwork, validateRole, validateShare, type NetworkValues } from './network.validation.js';

interface NetworkSqlRow {
  id: string;
  name: string;
  purpose: string;
  level: string;
  kind: string;
  admission: string;
  parent_id: string | null;
  parent_name: string | null;
  organization_id: string;
  version: number;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
  member_count: number | null;
  my_role: string | null;
  my_status: string | null;
}

interface MemberSqlRow {
  id: string;
  network_id: string;
  user_id: string;
  email: string;
  display_name: string;
  organization_id: string | null;
  role: NetworkRoleCode;
  status: string;
  locale: Locale;
  created_at: Date;
}

/** Whom a network's mail goes to. */
export interface NetworkRecipient {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly locale: Locale;
}

/** The acting person's language (the web app sends it), for what the portal mails them later. */
function requestLocale(): Locale {
  return currentRequestContext()?.locale ?? 'sv';
}

/** The reader's own membership and the network's member count (members only see counts). */
const NETWORK_SELECT = `
  SELECT n.id, n.name, n.purpose, n.level, n.kind, n.admission, n.parent_id, p.name AS parent_name, n.organization_id, n.version, n.is_demo,
         n.created_at, n.updated_at, me.role AS my_role, me.status AS my_status,
         CASE WHEN me.status = 'active' THEN (SELECT count(*) FROM network_member c WHERE c.network_id = n.id AND c.status = 'active')::int END AS member_count
    FROM network n
    LEFT JOIN network p ON p.id = n.parent_id
    LEFT JOIN network_member me ON me.network_id = n.id AND me.user_id = app.current_user_id()`;

const MEMBER_COLUMNS = 'm.id, m.network_id, m.user_id, m.email, m.display_name, m.organization_id, m.role, m.status, m.locale, m.created_at';

const ROLE_ORDER = `CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END`;

interface RequestLoaders {
  members: DataLoader<string, MemberSqlRow[]>;
  shares: DataLoader<string, NetworkRef[]>;
}

/**
 * Networks and their members. Who may do what follows from the acting user's own membership
 * (chair, secretary, member); row-level security enforces the same from the request's settings,
 * so a check missed here still fails there. Changes are written to the network's event log.
 */

// A shared record's title is looked up when read, under the reader's row-level security.
const EVENT_RECORDS = readableRecordJoins(`e.details->>'kind'`, `app.uuid_or_null(e.details->>'id')`);
const SHARED_RECORDS = readableRecordJoins('s.record_kind', 's.record_id');

@Injectable()
export class NetworkService {
  private readonly logger = new Logger(NetworkService.name);
  private readonly scoped = new RequestScoped<RequestLoaders>('NetworkService', () => ({
    members: new DataLoader((ids) => this.loadMembers(ids)),
    shares: new DataLoader((ids) => this.loadShares(ids)),
  }));

  constructor(
    private readonly database: RequestDatabase,
    private readonly organizationService: OrganizationService,
    private readonly keycloak: KeycloakAdminService,
    private readonly mail: NetworkMail,
  ) {}

  private loaders(): RequestLoaders {
    return this.scoped.get();
  }

  async organization(id: string | null): Promise<Organization | null> {
    if (!id) return null;
    return (await this.organizationService.byId()).get(id) ?? null;
  }

  private async manager(): Promise<EntityManager> {
    return this.database.manager();
  }

  private async toNetwork(row: NetworkSqlRow): Promise<Network> {
    const active = row.my_status === 'active';
    const hostOrganization = await this.organization(row.organization_id);
    if (!hostOrganization) throw new Error(`Unknown organisation ${row.organization_id}`);
    return {
      id: row.id,
      name: row.name,
      purpose: row.purpose,
      level: row.level,
      kind: row.kind,
      admission: row.admission,
      parentId: row.parent_id,
      parent: row.parent_id && row.parent_name !== null ? { id: row.parent_id, name: row.parent_name } : null,
      organizationId: row.organization_id,
      hostOrganization,
      memberCount: row.member_count ?? 0,
      myRole: row.my_role,
      myStatus: row.my_status,
      canManage: active && row.my_role === 'chair',
      canPlan: active && (row.my_role === 'chair' || row.my_role === 'secretary'),
      version: row.version,
      isDemo: row.is_demo,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Every network the reader may see (all of them, for anyone signed in), by name: the tree is built from `parentId`. */
  async list(): Promise<Network[]> {
    const manager = await this.manager();
    const rows = await sqlRows<NetworkSqlRow>(manager, `${NETWORK_SELECT} WHERE n.archived_at IS NULL ORDER BY n.name COLLATE "sv-SE-x-icu", n.id`);
    return Promise.all(rows.map((row) => this.toNetwork(row)));
  }

  async get(id: string): Promise<Network> {
    if (!isUuid(id)) throw notFound('Nätverket finns inte, eller så har du inte tillgång till det.');
    const manager = await this.manager();
    const [row] = await sqlRows<NetworkSqlRow>(manager, `${NETWORK_SELECT} WHERE n.id = $1`, [id]);
    if (!row) throw notFound('Nätverket finns inte, eller så har du inte tillgång till det.');
    return this.toNetwork(row);
  }

  async members(network: Network, statuses: readonly string[]): Promise<NetworkMember[]> {
    const rows = (await this.loaders().members.load(network.id)).filter((row) => statuses.includes(row.status));
    const me = requirePrincipal().userId;
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        userId: row.user_id,
        displayName: row.display_name || row.email,
        // Addresses are for the chairs, who invite and remind; and for the person themself.
        email: network.canManage || row.user_id === me ? row.email : null,
        organization: await this.organization(row.organization_id),
        role: row.role,
        status: row.status,
        createdAt: row.created_at,
      })),
    );
  }

  private async loadMembers(ids: readonly string[]): Promise<MemberSqlRow[][]> {
    const manager = await this.manager();
    const rows = await sqlRows<MemberSqlRow>(
      manager,
      `SELECT ${MEMBER_COLUMNS} FROM network_member m WHERE m.network_id = ANY($1::uuid[]) ORDER BY ${ROLE_ORDER}, m.display_name COLLATE "sv-SE-x-icu", m.id`,
      [ids],
    );
    return ids.map((id) => rows.filter((row) => row.network_id === id));
  }

  /** The active members' addresses, for the network's mail (members may read each other's rows). */
  async recipients(networkId: string): Promise<NetworkRecipient[]> {
    return (await this.loaders().members.load(networkId))
      .filter((row) => row.status === 'active')
      .map((row) => ({ userId: row.user_id, email: row.email, displayName: row.display_name || row.email, locale: row.locale }));
  }

  async events(networkId: string): Promise<NetworkEvent[]> {
    const manager = await this.manager();
    return sqlRows<NetworkEvent>(
      manager,
      // A shared record's title is looked up now, under the reader's row-level security: one made
      // private since, or archived, is named by no one (empty subject), as in a record's history.
      `SELECT e.id, e.actor_name AS "actorName", e.action, e.created_at AS "createdAt",
              CASE WHEN e.action IN ('record.shared', 'record.unshared') THEN coalesce(${EVENT_RECORDS.title}, '') ELSE e.subject END AS subject
         FROM network_event e
         ${EVENT_RECORDS.joins}
        WHERE e.network_id = $1 ORDER BY e.created_at DESC, e.id LIMIT 200`,
      [networkId],
    );
  }

  /** What is shared with the network that the reader may read (row-level security on both ends). */
  async shared(networkId: string): Promise<SharedRecord[]> {
    const manager = await this.manager();
    const rows = await sqlRows<{ kind: string; id: string; title: string; organization_id: string; shared_at: Date }>(
      manager,
      `SELECT s.record_kind AS kind, s.record_id AS id, ${SHARED_RECORDS.title} AS title, s.organization_id, s.created_at AS shared_at
         FROM network_share s
         ${SHARED_RECORDS.joins}
        WHERE s.network_id = $1 AND ${SHARED_RECORDS.id} IS NOT NULL
        ORDER BY s.created_at DESC, s.record_id`,
      [networkId],
    );
    const result: SharedRecord[] = [];
    for (const row of rows) {
      const organization = await this.organization(row.organization_id);
      if (organization) result.push({ kind: row.kind, id: row.id, title: row.title, organization, sharedAt: row.shared_at });
    }
    return result;
  }

  /** The networks a record is shared with, that the reader may see the share of (owner or member). */
  sharesOf(recordId: string): Promise<NetworkRef[]> {
    return this.loaders().shares.load(recordId);
  }

  private async loadShares(ids: readonly string[]): Promise<NetworkRef[][]> {
    const manager = await this.manager();
    const rows = await sqlRows<{ record_id: string; id: string; name: string }>(
      manager,
      `SELECT s.record_id, n.id, n.name FROM network_share s JOIN network n ON n.id = s.network_id
        WHERE s.record_id = ANY($1::uuid[]) ORDER BY n.name COLLATE "sv-SE-x-icu", n.id`,
      [ids],
    );
    return ids.map((id) => rows.filter((row) => row.record_id === id).map((row) => ({ id: row.id, name: row.name })));
  }

  // --- Writes -------------------------------------------------------------------------------

  async create(input: NetworkInput): Promise<Network> {
    const { principal, organization } = requireActor();
    const values = validateNetwork(input);
    const manager = await this.manager();
    if (values.parentId) await this.requireParent(manager, values.parentId, null);
    const [created] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO network (organization_id, visibility, name, purpose, level, kind, admission, parent_id) VALUES ($1, 'region', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [organization.id, values.name, values.purpose, values.level, values.kind, values.admission, values.parentId],
    );
    const id = created!.id;
    // The founder is the first chair (the policy allows this only in the creating transaction).
    await sqlRows(
      manager,
      `INSERT INTO network_member (network_id, user_id, email, display_name, organization_id, role, status, locale) VALUES ($1, $2, $3, $4, $5, 'chair', 'active', $6)`,
      [id, principal.userId, principal.email ?? '', principal.name ?? principal.username, organization.id, requestLocale()],
    );
    await this.reloadMemberships(manager);
    await this.event(manager, id, 'network.created', values.name);
    return this.get(id);
  }

  async update(id: string, version: number, input: NetworkInput): Promise<Network> {
    const current = await this.get(id);
    if (!current.canManage) throw forbidden('Bara nätverkets ordförande kan ändra nätverket.');
    const values = validateNetwork(input);
    const manager = await this.manager();
    if (values.parentId) await this.requireParent(manager, values.parentId, id);
    const updated = await sqlRows<{ id: string }>(
      manager,
      `UPDATE network SET name = $3, purpose = $4, level = $5, kind = $6, admission = $7, parent_id = $8, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, values.name, values.purpose, values.level, values.kind, values.admission, values.parentId],
    );
    if (updated.length === 0) throw conflict('Någon annan har ändrat nätverket sedan du öppnade det. Läs in det igen.', { currentVersion: current.version });
    await this.event(manager, id, 'network.updated', values.name, changedFields(current, values));
    return this.get(id);
  }

  /** A parent must be readable and must not be the network itself or one of its descendants. */
  private async requireParent(manager: EntityManager, parentId: string, self: string | null): Promise<void> {
    const rows = await sqlRows<{ id: string; ancestors: string[] }>(
      manager,
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 1 AS depth FROM network WHERE id = $1 AND archived_at IS NULL
         UNION ALL SELECT n.id, n.parent_id, up.depth + 1 FROM network n JOIN up ON n.id = up.parent_id WHERE up.depth < 20
       ) SELECT $1::uuid AS id, array_agg(id::text) AS ancestors FROM up HAVING count(*) > 0`,
      [parentId],
    );
    if (rows.length === 0)
      throw new PortalError('BAD_USER_INPUT', 'Det överordnade nätverket finns inte.', { parentId: 'Det överordnade nätverket finns inte.' });
    if (self && rows[0]!.ancestors.includes(self)) {
      const message = 'Ett nätverk kan inte ligga under sig självt eller under ett av sina egna undernätverk.';
      throw new PortalError('BAD_USER_INPUT', message, { parentId: message });
    }
  }

  async invite(input: InviteNetworkMemberInput): Promise<NetworkMember> {
    const principal = requirePrincipal();
    const network = await this.get(input.networkId);
    if (!network.canManage) throw forbidden('Bara nätverkets ordförande kan bjuda in.');
    const invitation = validateInvitation(input);
    const { email, firstName, lastName, role } = invitation;
    const manager = await this.manager();
    const { user, created, locale } = await this.guarded(async () => {
      const existing = await this.keycloak.findUserByEmail(email);
      // The language chosen in the form; else the person's own in Keycloak; else the inviter's.
      if (existing) return { user: existing, created: false, locale: invitation.locale ?? (isLocale(existing.locale) ? existing.locale : requestLocale()) };
      const chosen = invitation.locale ?? requestLocale();
      // A new account is e-mailed by Keycloak to choose a password (in the same language); the network's mail says why.
      const made = await this.keycloak.createUser({ email, firstName, lastName, locale: chosen });
      await this.keycloak.sendWelcomeActions(made.id);
      return { user: made, created: true, locale: chosen };
    });
    const [existingRow] = await sqlRows<MemberSqlRow>(manager, `SELECT ${MEMBER_COLUMNS} FROM network_member m WHERE m.network_id = $1 AND m.user_id = $2`, [
      network.id,
      user.id,
    ]);
    if (existingRow?.status === 'active') throw conflict(`${email} är redan medlem i nätverket.`);
    if (existingRow?.status === 'invited') throw conflict(`${email} har redan en inbjudan som väntar på svar.`);
    const displayName = [firstName ?? user.firstName, lastName ?? user.lastName].filter(Boolean).join(' ') || email;
    let memberId: string;
    if (existingRow) {
      // They had asked to join: the invitation answers that.
      await sqlRows(manager, `UPDATE network_member SET status = 'active', role = $2, updated_at = now() WHERE id = $1`, [existingRow.id, role]);
      memberId = existingRow.id;
      await this.event(manager, network.id, 'member.approved', existingRow.display_name || email);
    } else {
      const [row] = await sqlRows<{ id: string }>(
        manager,
        `INSERT INTO network_member (network_id, user_id, email, display_name, role, status, invited_by_id, locale) VALUES ($1, $2, $3, $4, $5, 'invited', $6, $7) RETURNING id`,
        [network.id, user.id, email, displayName, role, principal.userId, locale],
      );
      memberId = row!.id;
      await this.event(manager, network.id, 'member.invited', displayName, { role, newAccount: created });
      await this.mail.invitation({ network, email, name: displayName, role, newAccount: created, locale });
    }
    this.loaders().members.clear(network.id);
    const member = (await this.members({ ...network, canManage: true }, ['invited', 'active'])).find((m) => m.id === memberId);
    if (!member) throw new Error('The invited member was not read back');
    return member;
  }

  /** The invitee's answer: join (with their active organisation) or decline. */
  async respond(networkId: string, accept: boolean): Promise<Network> {
    const principal = requirePrincipal();
    const manager = await this.manager();
    const own = await this.ownRow(manager, networkId);
    if (!own || own.status !== 'invited') throw notFound('Det finns ingen inbjudan till det nätverket.');
    if (accept) {
      await sqlRows(
        manager,
        `UPDATE network_member SET status = 'active', organization_id = coalesce($2, organization_id), display_name = coalesce(nullif($3, ''), display_name),
                email = coalesce(nullif($4, ''), email), locale = $5, updated_at = now() WHERE id = $1`,
        [own.id, activeOrganization()?.id ?? null, principal.name ?? '', principal.email ?? '', requestLocale()],
      );
      await this.reloadMemberships(manager);
      await this.event(manager, networkId, 'member.joined', principal.name ?? own.display_name);
    } else {
      await this.event(manager, networkId, 'member.declined', own.display_name);
      await sqlRows(manager, `DELETE FROM network_member WHERE id = $1`, [own.id]);
    }
    return this.get(networkId);
  }

  /** Anyone signed in asks to join an open network; a chair approves. */
  async requestToJoin(networkId: string): Promise<Network> {
    const principal = requirePrincipal();
    const network = await this.get(networkId);
    if (network.admission !== 'open') throw forbidden('Nätverket är slutet: du kan bara gå med genom en inbjudan från ordföranden.');
    if (network.myStatus === 'active') throw conflict('Du är redan medlem i nätverket.');
    if (network.myStatus) throw conflict(network.myStatus === 'invited' ? 'Du har redan en inbjudan: svara på den.' : 'Du har redan ansökt.');
    const manager = await this.manager();
    await sqlRows(
      manager,
      `INSERT INTO network_member (network_id, user_id, email, display_name, organization_id, role, status, locale) VALUES ($1, $2, $3, $4, $5, 'member', 'requested', $6)`,
      [networkId, principal.userId, principal.email ?? '', principal.name ?? principal.username, activeOrganization()?.id ?? null, requestLocale()],
    );
    await this.event(manager, networkId, 'member.requested', principal.name ?? principal.username);
    return this.get(networkId);
  }

  async decideRequest(memberId: string, approve: boolean): Promise<Network> {
    const { row, network, manager } = await this.managedMember(memberId);
    if (row.status !== 'requested') throw conflict('Personen har inte ansökt om medlemskap (eller är redan medlem).');
    if (approve) {
      await sqlRows(manager, `UPDATE network_member SET status = 'active', updated_at = now() WHERE id = $1`, [row.id]);
      await this.event(manager, network.id, 'member.approved', row.display_name);
    } else {
      await this.event(manager, network.id, 'member.rejected', row.display_name);
      await sqlRows(manager, `DELETE FROM network_member WHERE id = $1`, [row.id]);
    }
    return this.get(network.id);
  }

  async changeRole(memberId: string, role: string): Promise<NetworkMember> {
    const value = validateRole('role', role);
    const { row, network, manager } = await this.managedMember(memberId);
    if (row.role === value) return this.memberOf(network, row.id);
    if (row.role === 'chair' && value !== 'chair') await this.keepAChair(manager, network.id, row.id);
    await sqlRows(manager, `UPDATE network_member SET role = $2, updated_at = now() WHERE id = $1`, [row.id, value]);
    await this.event(manager, network.id, 'member.role-changed', row.display_name, { from: row.role, to: value });
    await this.reloadMemberships(manager);
    return this.memberOf(await this.get(network.id), row.id);
  }

  async removeMember(memberId: string): Promise<Network> {
    const { row, network, manager } = await this.managedMember(memberId);
    if (row.role === 'chair' && row.status === 'active') await this.keepAChair(manager, network.id, row.id);
    await this.event(manager, network.id, row.status === 'invited' ? 'member.invitation-withdrawn' : 'member.removed', row.display_name);
    await sqlRows(manager, `DELETE FROM network_member WHERE id = $1`, [row.id]);
    await this.reloadMemberships(manager);
    return this.get(network.id);
  }

  async leave(networkId: string): Promise<Network> {
    const manager = await this.manager();
    const own = await this.ownRow(manager, networkId);
    if (!own || own.status !== 'active') throw notFound('Du är inte medlem i det nätverket.');
    if (own.role === 'chair') await this.keepAChair(manager, networkId, own.id);
    await this.event(manager, networkId, 'member.left', own.display_name);
    await sqlRows(manager, `DELETE FROM network_member WHERE id = $1`, [own.id]);
    await this.reloadMemberships(manager);
    return this.get(networkId);
  }

  async share(input: NetworkShareInput): Promise<NetworkRef[]> {
    const { principal, organization } = requireActor();
    validateShare(input);
    await this.ownRecord(input, organization.id);
    const network = await this.get(input.networkId);
    if (network.myStatus !== 'active') {
      const message = 'Du kan bara dela med nätverk som du själv är medlem i.';
      throw new PortalError('BAD_USER_INPUT', message, { networkId: message });
    }
    const manager = await this.manager();
    const inserted = await sqlRows<{ record_id: string }>(
      manager,
      `INSERT INTO network_share (network_id, record_id, record_kind, organization_id, shared_by_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (network_id, record_id) DO NOTHING RETURNING record_id`,
      [network.id, input.recordId, input.recordKind, organization.id, principal.userId],
    );
    if (inserted.length > 0) await this.event(manager, network.id, 'record.shared', '', { kind: input.recordKind, id: input.recordId });
    this.loaders().shares.clear(input.recordId);
    return this.sharesOf(input.recordId);
  }

  async unshare(input: NetworkShareInput): Promise<NetworkRef[]> {
    const { organization } = requireActor();
    validateShare(input);
    await this.ownRecord(input, organization.id);
    if (!isUuid(input.networkId)) throw notFound('Nätverket finns inte, eller så har du inte tillgång till det.');
    const manager = await this.manager();
    const removed = await sqlRows<{ network_id: string }>(manager, `DELETE FROM network_share WHERE network_id = $1 AND record_id = $2 RETURNING network_id`, [
      input.networkId,
      input.recordId,
    ]);
    // The event log is the network's; a sharer who has left it can still unshare, silently.
    if (removed.length > 0 && (await this.get(input.networkId)).myStatus === 'active') {
      await this.event(manager, input.networkId, 'record.unshared', '', { kind: input.recordKind, id: input.recordId });
    }
    this.loaders().shares.clear(input.recordId);
    return this.sharesOf(input.recordId);
  }

  /** Passes if the active organisation owns the record; NOT_FOUND when unreadable, FORBIDDEN when someone else's. */
  private async ownRecord(input: NetworkShareInput, organizationId: string): Promise<void> {
    if (!isUuid(input.recordId)) throw notFound();
    const manager = await this.manager();
    // validateShare has admitted only shareable kinds.
    const { table } = SHAREABLE_RECORDS[input.recordKind as ShareableKind];
    const [row] = await sqlRows<{ organization_id: string }>(manager, `SELECT organization_id FROM ${table} WHERE id = $1 AND archived_at IS NULL`, [
      input.recordId,
    ]);
    if (!row) throw notFound();
    if (row.organization_id !== organizationId) throw forbidden('Bara organisationen som äger posten kan dela den.');
  }

  private async ownRow(manager: EntityManager, networkId: string): Promise<MemberSqlRow | undefined> {
    if (!isUuid(networkId)) throw notFound('Nätverket finns inte, eller så har du inte tillgång till det.');
    const [row] = await sqlRows<MemberSqlRow>(
      manager,
      `SELECT ${MEMBER_COLUMNS} FROM network_member m WHERE m.network_id = $1 AND m.user_id = app.current_user_id()`,
      [networkId],
    );
    return row;
  }

  /** A member row the acting chair manages. */
  private async managedMember(memberId: string): Promise<{ row: MemberSqlRow; network: Network; manager: EntityManager }> {
    requirePrincipal();
    if (!isUuid(memberId)) throw notFound('Medlemmen finns inte.');
    const manager = await this.manager();
    const [row] = await sqlRows<MemberSqlRow>(manager, `SELECT ${MEMBER_COLUMNS} FROM network_member m WHERE m.id = $1`, [memberId]);
    if (!row) throw notFound('Medlemmen finns inte.');
    const network = await this.get(row.network_id);
    if (!network.canManage) throw forbidden('Bara nätverkets ordförande kan ändra medlemskap.');
    return { row, network, manager };
  }

  private async memberOf(network: Network, memberId: string): Promise<NetworkMember> {
    this.loaders().members.clear(network.id);
    const member = (await this.members(network, ['invited', 'requested', 'active'])).find((m) => m.id === memberId);
    if (!member) throw notFound('Medlemmen finns inte.');
    return member;
  }

  private async keepAChair(manager: EntityManager, networkId: string, leavingId: string): Promise<void> {
    const [{ n } = { n: 0 }] = await sqlRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM network_member WHERE network_id = $1 AND role = 'chair' AND status = 'active' AND id <> $2`,
      [networkId, leavingId],
    );
    if (n === 0) throw conflict('Nätverket måste ha minst en ordförande. Utse en ny ordförande först.');
  }

  /** The request's network settings after a change of the user's own memberships (policies read them). */
  private async reloadMemberships(manager: EntityManager): Promise<void> {
    await sqlRows(manager, `SELECT app.load_networks()`);
  }

  /** An entry in the network's event log, written by the acting user (meetings use it too). */
  async recordEvent(networkId: string, action: string, subject: string, details: Record<string, unknown> = {}): Promise<void> {
    await this.event(await this.manager(), networkId, action, subject, details);
  }

  private async event(manager: EntityManager, networkId: string, action: string, subject: string, details: Record<string, unknown> = {}): Promise<void> {
    const principal = requirePrincipal();
    await sqlRows(manager, `INSERT INTO network_event (network_id, actor_id, actor_name, action, subject, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [
      networkId,
      principal.userId,
      principal.name ?? principal.username,
      action,
      subject,
      JSON.stringify(details),
    ]);
  }

  private async guarded<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof IdentityProviderError) {
        this.logger.error(`Keycloak admin call failed: ${error.message}`);
        throw new PortalError('SERVICE_UNAVAILABLE', 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund; inget har sparats.');
      }
      throw error;
    }
  }
}

function changedFields(before: Network, after: NetworkValues): Record<string, unknown> {
  const fields = (['name', 'purpose', 'level', 'kind', 'admission', 'parentId'] as const).filter((key) => (before[key] ?? null) !== (after[key] ?? null));
  return { fields };
}
