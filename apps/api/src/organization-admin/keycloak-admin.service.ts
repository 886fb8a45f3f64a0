import KcAdminClient from '@keycloak/keycloak-admin-client';
import type { OidcConfig } from '../config/app-config.js';

export interface KeycloakUser {
  readonly id: string;
  readonly username: string;
  readonly email: string | undefined;
  readonly firstName: string | undefined;
  readonly lastName: string | undefined;
  /** The language Keycloak mails them in (their `locale` attribute), when they or the portal chose one. */
  readonly locale?: string | undefined;
}

export class IdentityProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'IdentityProviderError';
  }
}

/** Parent of the per-organisation admin groups (`/org-admins/<alias>`), from the realm export. */
const ADMIN_PARENT_GROUP = 'org-admins';

interface CachedToken {
  value: string;
  expiresAt: number;
}

function statusOf(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | undefined)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

function toUser(raw: {
  id?: string;
  username?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  attributes?: Record<string, unknown>;
}): KeycloakUser {
  if (!raw.id || !raw.username) throw new IdentityProviderError('Keycloak returned a user without id or username');
  const locale = raw.attributes?.['locale'];
  const first = Array.isArray(locale) ? locale[0] : locale;
  return {
    id: raw.id,
    username: raw.username,
    email: raw.email,
    firstName: raw.firstName,
    lastName: raw.lastName,
    locale: typeof first === 'string' && first ? first : undefined,
  };
}

/**
 * The one place the portal talks to Keycloak's Admin REST API, as the `portal-backend` service
 * account. The client-credentials token is fetched on demand and renewed before it expires
 * (the admin client alone fails once its first token runs out).
 */
export class KeycloakAdminService {
  private readonly client: KcAdminClient;
  private token: CachedToken | undefined;
  private pendingToken: Promise<string> | undefined;
  private adminParentId: string | undefined;
  private readonly adminGroups = new Map<string, string>();

  constructor(private readonly config: OidcConfig) {
    this.client = new KcAdminClient({ baseUrl: config.adminBaseUrl, realmName: config.realm });
    this.client.registerTokenProvider({ getAccessToken: () => this.accessToken() });
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt - 30_000 > Date.now()) return this.token.value;
    this.pendingToken ??= this.fetchToken().finally(() => {
      this.pendingToken = undefined;
    });
    return this.pendingToken;
  }

  private async fetchToken(): Promise<string> {
    if (!this.config.adminClientSecret) throw new IdentityProviderError('KEYCLOAK_ADMIN_CLIENT_SECRET is not set');
    const response = await fetch(`${this.config.adminBaseUrl}/realms/${this.config.realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.config.adminClientId,
        client_secret: this.config.adminClientSecret,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new IdentityProviderError(`client credentials refused: HTTP ${response.status}`, response.status);
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new IdentityProviderError('token response without access_token');
    this.token = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
    return body.access_token;
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof IdentityProviderError) throw error;
      throw new IdentityProviderError(`${what}: ${error instanceof Error ? error.message : String(error)}`, statusOf(error));
    }
  }

  async findOrganizationId(alias: string): Promise<string | undefined> {
    const found = await this.call('find organization', () => this.client.organizations.find({ search: alias, exact: true, max: 10 }));
    return found.find((o) => o.alias === alias)?.id;
  }

  async listMembers(organizationId: string): Promise<KeycloakUser[]> {
    const members = await this.call('list members', () => this.client.organizations.listMembers({ orgId: organizationId, first: 0, max: 500 }));
    return members.map(toUser);
  }

  async findUserByEmail(email: string): Promise<KeycloakUser | undefined> {
    const users = await this.call('find user', () => this.client.users.find({ email, exact: true, max: 2 }));
    const match = users.find((u) => u.email?.toLowerCase() === email.toLowerCase());
    return match ? toUser(match) : undefined;
  }

  async createUser(input: { email: string; firstName?: string; lastName?: string; locale?: string }): Promise<KeycloakUser> {
    const { id } = await this.call('create user', () =>
      this.client.users.create({
        username: input.email.toLowerCase(),
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        enabled: true,
        emailVerified: false,
        // Keycloak's own mail (choose a password) is then in the same language as the portal's.
        ...(input.locale ? { attributes: { locale: [input.locale] } } : {}),
      }),
    );
    const user = await this.call('get user', () => this.client.users.findOne({ id }));
    if (!user) throw new IdentityProviderError('created user not found');
    return toUser(user);
  }

  async addMember(organizationId: string, userId: string): Promise<void> {
    await this.call('add member', () => this.client.organizations.addMember({ orgId: organizationId, userId }));
  }

  async removeMember(organizationId: string, userId: string): Promise<void> {
    await this.call('remove member', () => this.client.organizations.delMember({ orgId: organizationId, userId }));
  }

  /**
   * The Keycloak group whose members administer the organisation: `/org-admins/<alias>`. Its id
   * never changes, so it is cached; `create` makes it when missing (a new organisation).
   */
  async adminGroupId(alias: string, create = false): Promise<string | undefined> {
    const cached = this.adminGroups.get(alias);
    if (cached) return cached;
    const parentId = await this.adminParentGroupId();
    const children = await this.call('list admin groups', () =>
      this.client.groups.listSubGroups({ parentId, search: alias, first: 0, max: 100, briefRepresentation: true }),
    );
    let id = children.find((g) => g.name === alias)?.id;
    if (!id && create) id = (await this.call('create admin group', () => this.client.groups.createChildGroup({ id: parentId }, { name: alias }))).id;
    if (id) this.adminGroups.set(alias, id);
    return id;
  }

  private async adminParentGroupId(): Promise<string> {
    if (this.adminParentId) return this.adminParentId;
    const found = await this.call('find admin parent group', () =>
      this.client.groups.find({ search: ADMIN_PARENT_GROUP, exact: true, briefRepresentation: true, first: 0, max: 10 }),
    );
    const parent = found.find((g) => g.name === ADMIN_PARENT_GROUP && (g.path === undefined || g.path === `/${ADMIN_PARENT_GROUP}`));
    if (!parent?.id) throw new IdentityProviderError(`group /${ADMIN_PARENT_GROUP} missing in the realm`);
    this.adminParentId = parent.id;
    return parent.id;
  }

  async groupMemberIds(groupId: string): Promise<Set<string>> {
    const members = await this.call('list group members', () =>
      this.client.groups.listMembers({ id: groupId, first: 0, max: 1000, briefRepresentation: true }),
    );
    return new Set(members.map((m) => m.id).filter((id): id is string => typeof id === 'string'));
  }

  async setGroupMembership(userId: string, groupId: string, member: boolean): Promise<void> {
    if (member) await this.call('add to group', () => this.client.users.addToGroup({ id: userId, groupId }));
    else await this.call('remove from group', () => this.client.users.delFromGroup({ id: userId, groupId }));
  }

  /** Ends every Keycloak session of the user: their refresh tokens stop working. */
  async logout(userId: string): Promise<void> {
    await this.call('logout user', () => this.client.users.logout({ id: userId }));
  }

  /** Keycloak e-mails the user a link to set a password and verify the address. */
  async sendWelcomeActions(userId: string): Promise<void> {
    await this.call('execute actions email', () =>
      this.client.users.executeActionsEmail({
        id: userId,
        actions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'],
        lifespan: 7 * 24 * 3600,
        clientId: this.config.publicClientId,
      }),
    );
  }

  async createOrganization(input: { name: string; alias: string; domain: string }): Promise<string> {
    const { id } = await this.call('create organization', () =>
      this.client.organizations.create({ name: input.name, alias: input.alias, enabled: true, domains: [{ name: input.domain, verified: false }] }),
    );
    return id;
  }

  async deleteOrganization(organizationId: string): Promise<void> {
    await this.call('delete organization', () => this.client.organizations.delById({ id: organizationId }));
  }
}
