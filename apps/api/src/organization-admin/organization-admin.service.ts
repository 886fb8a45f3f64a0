import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RevocationKind } from '../auth/membership-revocation.entity.js';
import type { Principal } from '../auth/principal.js';
import { PortalError, conflict, forbidden, notFound } from '../graphql/portal-error.js';
import { Organization } from '../organizations/organization.entity.js';
import { chooseOrganization } from '../request/actor.js';
import { currentRequestContext } from '../request/request-context.js';
import { RequestDatabase } from '../request/request-database.js';
import { IdentityProviderError, KeycloakAdminService, type KeycloakUser } from './keycloak-admin.service.js';
import type { CreateOrganizationInput, InviteMemberInput } from './organization-admin.inputs.js';
import { validateInvite, validateNewOrganization } from './organization-admin.validation.js';
import type { OrganizationMember } from './organization-member.model.js';
import { OrganizationInvitationRow, type InvitationStatus } from './organization-invitation.entity.js';
import type { InvitationStatusValue, OrganizationInvitation } from './organization-invitation.model.js';

interface Target {
  readonly organizationId: string;
  readonly slug: string;
  readonly keycloakId: string;
  readonly organization: Organization;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toInvitation(row: OrganizationInvitationRow, organization: Organization): OrganizationInvitation {
  return {
    id: row.id,
    organization,
    email: row.email,
    status: row.status as InvitationStatusValue,
    invitedByUsername: row.invitedByUsername,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}

const unavailable = () =>
  new PortalError('SERVICE_UNAVAILABLE', 'Inloggningstjänsten (Keycloak) svarar inte just nu. Försök igen om en stund; inget har ändrats.');

/**
 * Membership and the per-organisation admin groups live in Keycloak; invitations and revocations
 * in the portal's database. Every change is audited, in the log of the organisation it concerns.
 */
@Injectable()
export class OrganizationAdminService {
  private readonly logger = new Logger(OrganizationAdminService.name);

  constructor(
    private readonly keycloak: KeycloakAdminService,
    private readonly audit: AuditService,
    private readonly database: RequestDatabase,
  ) {}

  private async guarded<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof IdentityProviderError) {
        this.logger.error(`Keycloak admin call failed: ${error.message}`);
        throw unavailable();
      }
      throw error;
    }
  }

  /** Admins act in their active organisation, and only if they administer it; platform-admins in any. */
  private async target(slug: string | null | undefined): Promise<Target> {
    const context = currentRequestContext();
    const principal = context?.principal;
    if (!principal) throw forbidden();
    const platformAdmin = principal.roles.includes('platform-admin');
    const active = context.activeOrganization;
    const wanted = slug ?? active?.slug;
    if (!wanted) throw chooseOrganization();
    if (!platformAdmin && (wanted !== active?.slug || !principal.adminOf.includes(wanted)))
      throw forbidden('Du kan bara administrera den organisation du arbetar i och är administratör för.');
    const manager = await this.database.manager();
    const organization = await manager.findOne(Organization, { where: { slug: wanted } });
    if (!organization) throw notFound('Organisationen finns inte.');
    const keycloakId = await this.guarded(() => this.keycloak.findOrganizationId(wanted));
    if (!keycloakId) throw new PortalError('SERVICE_UNAVAILABLE', 'Organisationen saknas i inloggningstjänsten. Kontakta plattformsadministratören.');
    return { organizationId: organization.id, slug: organization.slug, keycloakId, organization };
  }

  private toMember(user: KeycloakUser, adminIds: ReadonlySet<string>): OrganizationMember {
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
    return { id: user.id, username: user.username, email: user.email ?? null, name: name || null, isOrganizationAdmin: adminIds.has(user.id) };
  }

  private async adminIds(target: Target): Promise<Set<string>> {
    const groupId = await this.keycloak.adminGroupId(target.slug);
    return groupId ? this.keycloak.groupMemberIds(groupId) : new Set();
  }

  private async member(target: Target, userId: string): Promise<KeycloakUser> {
    const members = await this.keycloak.listMembers(target.keycloakId);
    const user = members.find((m) => m.id === userId);
    // Same answer for "no such user" and "not in your organisation".
    if (!user) throw notFound('Personen är inte medlem i organisationen.');
    return user;
  }

  async listMembers(slug?: string | null): Promise<OrganizationMember[]> {
    const target = await this.target(slug);
    return this.guarded(async () => {
      const [members, adminIds] = await Promise.all([this.keycloak.listMembers(target.keycloakId), this.adminIds(target)]);
      return members.map((m) => this.toMember(m, adminIds)).sort((a, b) => (a.name ?? a.username).localeCompare(b.name ?? b.username, 'sv'));
    });
  }

  /**
   * A brand-new address gets an account, is added at once and is e-mailed to choose a password
   * (the organisation vouches for its own new colleague; there is no one to ask yet). An existing
   * user, who may belong to other organisations, only gets a pending invitation to accept.
   */
  async invite(input: InviteMemberInput): Promise<OrganizationInvitation> {
    const { email, firstName, lastName } = validateInvite(input);
    const target = await this.target(input.organization);
    const principal = this.principal();
    const manager = await this.database.manager();
    return this.guarded(async () => {
      const existing = await this.keycloak.findUserByEmail(email);
      if (existing && (await this.keycloak.listMembers(target.keycloakId)).some((m) => m.id === existing.id)) {
        throw conflict(`${email} är redan medlem i organisationen.`);
      }
      if (
        existing &&
        (await manager.findOne(OrganizationInvitationRow, { where: { organizationId: target.organizationId, inviteeId: existing.id, status: 'pending' } }))
      ) {
        throw conflict(`${email} har redan en inbjudan som väntar på svar.`);
      }
      await this.audit.record({ organizationId: target.organizationId, action: 'member.invited', subject: email, details: { newUser: !existing } });
      const user = existing ?? (await this.keycloak.createUser({ email, firstName, lastName }));
      const row = manager.create(OrganizationInvitationRow, {
        organizationId: target.organizationId,
        email,
        inviteeId: user.id,
        invitedById: principal.userId,
        invitedByUsername: principal.username,
        status: existing ? 'pending' : 'accepted',
        decidedAt: existing ? null : new Date(),
      });
      const saved = await manager.save(row);
      if (!existing) {
        await this.keycloak.addMember(target.keycloakId, user.id);
        await this.clearRevocation(user.id, target.slug, 'member');
        await this.keycloak.sendWelcomeActions(user.id);
      }
      return toInvitation(saved, target.organization);
    });
  }

  async listInvitations(slug?: string | null): Promise<OrganizationInvitation[]> {
    const target = await this.target(slug);
    const manager = await this.database.manager();
    const rows = await manager.find(OrganizationInvitationRow, {
      where: { organizationId: target.organizationId, status: 'pending' },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => toInvitation(row, target.organization));
  }

  async withdraw(id: string, slug?: string | null): Promise<OrganizationInvitation> {
    const target = await this.target(slug);
    const manager = await this.database.manager();
    const row = UUID.test(id)
      ? await manager.findOne(OrganizationInvitationRow, { where: { id, organizationId: target.organizationId, status: 'pending' } })
      : null;
    if (!row) throw notFound('Inbjudan finns inte eller är redan besvarad.');
    await this.audit.record({ organizationId: target.organizationId, action: 'invitation.withdrawn', subject: row.email });
    return toInvitation(await this.decide(row, 'withdrawn'), target.organization);
  }

  /** Pending invitations of the signed-in user, recognised by the verified token's user id only. */
  async myInvitations(): Promise<OrganizationInvitation[]> {
    const principal = this.principal();
    const manager = await this.database.manager();
    const rows = await manager.find(OrganizationInvitationRow, {
      where: { inviteeId: principal.userId, status: 'pending' },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => toInvitation(row, row.organization!));
  }

  /** The invitee joins: the service account adds the Keycloak membership; the next token carries it. */
  async accept(id: string): Promise<OrganizationInvitation> {
    const row = await this.ownPendingInvitation(id);
    const organization = row.organization!;
    const principal = this.principal();
    return this.guarded(async () => {
      const keycloakId = await this.keycloak.findOrganizationId(organization.slug);
      if (!keycloakId) throw new PortalError('SERVICE_UNAVAILABLE', 'Organisationen saknas i inloggningstjänsten. Kontakta plattformsadministratören.');
      await this.audit.record({ organizationId: row.organizationId, action: 'invitation.accepted', subject: principal.username });
      const decided = await this.decide(row, 'accepted');
      await this.clearRevocation(principal.userId, organization.slug, 'member');
      const members = await this.keycloak.listMembers(keycloakId);
      if (!members.some((m) => m.id === principal.userId)) await this.keycloak.addMember(keycloakId, principal.userId);
      return toInvitation(decided, organization);
    });
  }

  async decline(id: string): Promise<OrganizationInvitation> {
    const row = await this.ownPendingInvitation(id);
    await this.audit.record({ organizationId: row.organizationId, action: 'invitation.declined', subject: this.principal().username });
    return toInvitation(await this.decide(row, 'declined'), row.organization!);
  }

  async remove(userId: string, slug?: string | null): Promise<string> {
    const target = await this.target(slug);
    return this.guarded(async () => {
      const user = await this.member(target, userId);
      const adminGroup = await this.keycloak.adminGroupId(target.slug);
      const wasAdmin = adminGroup !== undefined && (await this.keycloak.groupMemberIds(adminGroup)).has(user.id);
      await this.audit.record({ organizationId: target.organizationId, action: 'member.removed', subject: user.username, details: { wasAdmin } });
      await this.recordRevocation(user.id, target.slug, 'member');
      await this.keycloak.removeMember(target.keycloakId, user.id);
      // Otherwise a later re-invitation would silently make them admin again.
      if (wasAdmin) await this.keycloak.setGroupMembership(user.id, adminGroup, false);
      // Ends their Keycloak sessions: no refresh token gets them a new token with the old rights.
      await this.keycloak.logout(user.id);
      return user.id;
    });
  }

  async setAdmin(userId: string, admin: boolean, slug?: string | null): Promise<OrganizationMember> {
    const target = await this.target(slug);
    return this.guarded(async () => {
      const user = await this.member(target, userId);
      const groupId = await this.keycloak.adminGroupId(target.slug, admin);
      await this.audit.record({
        organizationId: target.organizationId,
        action: admin ? 'role.granted' : 'role.revoked',
        subject: user.username,
        details: { role: 'organization-admin' },
      });
      if (admin) await this.clearRevocation(user.id, target.slug, 'admin');
      else await this.recordRevocation(user.id, target.slug, 'admin');
      if (groupId) await this.keycloak.setGroupMembership(user.id, groupId, admin);
      return this.toMember(user, await this.adminIds(target));
    });
  }

  private principal(): Principal {
    const principal = currentRequestContext()?.principal;
    if (!principal) throw forbidden();
    return principal;
  }

  /** Someone else's invitation answers exactly like one that does not exist. */
  private async ownPendingInvitation(id: string): Promise<OrganizationInvitationRow> {
    const principal = this.principal();
    const manager = await this.database.manager();
    const row = UUID.test(id)
      ? await manager.findOne(OrganizationInvitationRow, { where: { id, inviteeId: principal.userId, status: 'pending' }, relations: { organization: true } })
      : null;
    if (!row?.organization) throw notFound('Inbjudan finns inte eller är redan besvarad.');
    return row;
  }

  private async decide(row: OrganizationInvitationRow, status: Exclude<InvitationStatus, 'pending'>): Promise<OrganizationInvitationRow> {
    const manager = await this.database.manager();
    const updated: Array<{ decided_at: Date }> = await manager.query(
      `UPDATE organization_invitation SET status = $2 WHERE id = $1 AND status = 'pending' RETURNING decided_at`,
      [row.id, status],
    );
    if (updated.length === 0) throw conflict('Inbjudan är redan besvarad.');
    return { ...row, status, decidedAt: updated[0]!.decided_at };
  }

  /** Kept in the request's transaction, so a failed Keycloak call leaves no revocation either. */
  private async recordRevocation(userId: string, slug: string, kind: RevocationKind): Promise<void> {
    const manager = await this.database.manager();
    // Rows older than any token's lifetime decide nothing any more.
    await manager.query(`DELETE FROM membership_revocation WHERE revoked_at < now() - interval '1 day'`);
    await manager.query(
      `INSERT INTO membership_revocation (user_id, organization_slug, kind, revoked_at) VALUES ($1, $2, $3, clock_timestamp())
       ON CONFLICT (user_id, organization_slug, kind) DO UPDATE SET revoked_at = excluded.revoked_at`,
      [userId, slug, kind],
    );
  }

  private async clearRevocation(userId: string, slug: string, kind: RevocationKind): Promise<void> {
    const manager = await this.database.manager();
    await manager.query(`DELETE FROM membership_revocation WHERE user_id = $1 AND organization_slug = $2 AND kind = $3`, [userId, slug, kind]);
  }

  /** Keycloak organisation and portal row together: if the second fails, the first is undone. */
  async createOrganization(input: CreateOrganizationInput): Promise<Organization> {
    const valid = validateNewOrganization(input);
    const manager = await this.database.manager();
    const clash = await manager.findOne(Organization, { where: [{ slug: valid.slug }, { municipalityCode: valid.municipalityCode }] });
    if (clash) throw conflict(clash.slug === valid.slug ? `Kortformen ${valid.slug} används redan.` : `Koden ${valid.municipalityCode} används redan.`);
    const keycloakId = await this.guarded(async () => {
      if (await this.keycloak.findOrganizationId(valid.slug)) throw conflict(`Kortformen ${valid.slug} finns redan i inloggningstjänsten.`);
      const id = await this.keycloak.createOrganization({ name: valid.name, alias: valid.slug, domain: valid.domain });
      // Its admin group; setOrganizationAdmin would also make it on first use.
      await this.keycloak.adminGroupId(valid.slug, true);
      return id;
    });
    try {
      await manager.query('SAVEPOINT create_organization');
      const organization = manager.create(Organization, { slug: valid.slug, name: valid.name, kind: valid.kind, municipalityCode: valid.municipalityCode });
      const saved = await manager.save(organization);
      await this.audit.record({ organizationId: saved.id, action: 'organization.created', subject: valid.slug });
      await manager.query('RELEASE SAVEPOINT create_organization');
      return saved;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT create_organization').catch(() => undefined);
      await this.keycloak
        .deleteOrganization(keycloakId)
        .catch((undo: unknown) => this.logger.error(`Could not undo Keycloak organisation ${keycloakId}: ${String(undo)}`));
      throw error;
    }
  }
}
