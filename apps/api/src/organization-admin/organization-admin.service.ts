import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { PortalError, conflict, forbidden, notFound } from '../graphql/portal-error.js';
import { Organization } from '../organizations/organization.entity.js';
import { currentRequestContext } from '../request/request-context.js';
import { RequestDatabase } from '../request/request-database.js';
import { IdentityProviderError, KeycloakAdminService, type KeycloakUser } from './keycloak-admin.service.js';
import type { CreateOrganizationInput, InviteMemberInput } from './organization-admin.inputs.js';
import { validateInvite, validateNewOrganization } from './organization-admin.validation.js';
import type { OrganizationMember } from './organization-member.model.js';

interface Target {
  readonly organizationId: string;
  readonly slug: string;
  readonly keycloakId: string;
}

const unavailable = () => new PortalError('SERVICE_UNAVAILABLE', 'Inloggningstjänsten (Keycloak) svarar inte just nu. Försök igen om en stund; inget har ändrats.');

/** Membership and roles live in Keycloak; every change is audited in the portal's database first. */
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

  /** Org-admins act in their active organisation only; platform-admins in any. */
  private async target(slug: string | null | undefined): Promise<Target> {
    const context = currentRequestContext();
    const principal = context?.principal;
    if (!principal) throw forbidden();
    const platformAdmin = principal.roles.includes('platform-admin');
    const active = context.activeOrganization;
    const wanted = slug ?? active?.slug;
    if (!wanted) throw new PortalError('BAD_USER_INPUT', 'Välj vilken organisation du arbetar i.', { organization: 'Ingen aktiv organisation.' });
    if (!platformAdmin && wanted !== active?.slug) throw forbidden('Du kan bara administrera den organisation du arbetar i.');
    const manager = await this.database.manager();
    const organization = await manager.findOne(Organization, { where: { slug: wanted } });
    if (!organization) throw notFound('Organisationen finns inte.');
    const keycloakId = await this.guarded(() => this.keycloak.findOrganizationId(wanted));
    if (!keycloakId) throw new PortalError('SERVICE_UNAVAILABLE', 'Organisationen saknas i inloggningstjänsten. Kontakta plattformsadministratören.');
    return { organizationId: organization.id, slug: organization.slug, keycloakId };
  }

  private async toMember(user: KeycloakUser): Promise<OrganizationMember> {
    const roles = await this.keycloak.realmRoles(user.id);
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
    return { id: user.id, username: user.username, email: user.email ?? null, name: name || null, isOrganizationAdmin: roles.includes('org-admin') };
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
      const members = await this.keycloak.listMembers(target.keycloakId);
      const result = await Promise.all(members.map((m) => this.toMember(m)));
      return result.sort((a, b) => (a.name ?? a.username).localeCompare(b.name ?? b.username, 'sv'));
    });
  }

  async invite(input: InviteMemberInput): Promise<OrganizationMember> {
    const { email, firstName, lastName } = validateInvite(input);
    const target = await this.target(input.organization);
    return this.guarded(async () => {
      const existing = await this.keycloak.findUserByEmail(email);
      if (existing && (await this.keycloak.listMembers(target.keycloakId)).some((m) => m.id === existing.id)) {
        throw conflict(`${email} är redan medlem i organisationen.`);
      }
      await this.audit.record({ organizationId: target.organizationId, action: 'member.invited', subject: email, details: { newUser: !existing } });
      const user = existing ?? (await this.keycloak.createUser({ email, firstName, lastName }));
      await this.keycloak.addMember(target.keycloakId, user.id);
      if (!existing) await this.keycloak.sendWelcomeActions(user.id);
      return this.toMember(user);
    });
  }

  async remove(userId: string, slug?: string | null): Promise<string> {
    const target = await this.target(slug);
    return this.guarded(async () => {
      const user = await this.member(target, userId);
      await this.audit.record({ organizationId: target.organizationId, action: 'member.removed', subject: user.username });
      await this.keycloak.removeMember(target.keycloakId, user.id);
      return user.id;
    });
  }

  async setAdmin(userId: string, admin: boolean, slug?: string | null): Promise<OrganizationMember> {
    const target = await this.target(slug);
    return this.guarded(async () => {
      const user = await this.member(target, userId);
      await this.audit.record({ organizationId: target.organizationId, action: admin ? 'role.granted' : 'role.revoked', subject: user.username, details: { role: 'org-admin' } });
      await this.keycloak.setRealmRole(user.id, 'org-admin', admin);
      return this.toMember(user);
    });
  }

  /** Keycloak organisation and portal row together: if the second fails, the first is undone. */
  async createOrganization(input: CreateOrganizationInput): Promise<Organization> {
    const valid = validateNewOrganization(input);
    const manager = await this.database.manager();
    const clash = await manager.findOne(Organization, { where: [{ slug: valid.slug }, { municipalityCode: valid.municipalityCode }] });
    if (clash) throw conflict(clash.slug === valid.slug ? `Kortformen ${valid.slug} används redan.` : `Koden ${valid.municipalityCode} används redan.`);
    const keycloakId = await this.guarded(async () => {
      if (await this.keycloak.findOrganizationId(valid.slug)) throw conflict(`Kortformen ${valid.slug} finns redan i inloggningstjänsten.`);
      return this.keycloak.createOrganization({ name: valid.name, alias: valid.slug, domain: valid.domain });
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
      await this.keycloak.deleteOrganization(keycloakId).catch((undo: unknown) => this.logger.error(`Could not undo Keycloak organisation ${keycloakId}: ${String(undo)}`));
      throw error;
    }
  }
}
