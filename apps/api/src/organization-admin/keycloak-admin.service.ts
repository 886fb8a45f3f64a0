import KcAdminClient from '@keycloak/keycloak-admin-client';
import type { OidcConfig } from '../config/app-config.js';

export interface KeycloakUser {
  readonly id: string;
  readonly username: string;
  readonly email: string | undefined;
  readonly firstName: string | undefined;
  readonly lastName: string | undefined;
}

export class IdentityProviderError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'IdentityProviderError';
  }
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

function statusOf(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | undefined)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

function toUser(raw: { id?: string; username?: string; email?: string; firstName?: string; lastName?: string }): KeycloakUser {
  if (!raw.id || !raw.username) throw new IdentityProviderError('Keycloak returned a user without id or username');
  return { id: raw.id, username: raw.username, email: raw.email, firstName: raw.firstName, lastName: raw.lastName };
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

  async createUser(input: { email: string; firstName?: string; lastName?: string }): Promise<KeycloakUser> {
    const { id } = await this.call('create user', () =>
      this.client.users.create({ username: input.email.toLowerCase(), email: input.email, firstName: input.firstName, lastName: input.lastName, enabled: true, emailVerified: false }),
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

  async realmRoles(userId: string): Promise<string[]> {
    const roles = await this.call('list role mappings', () => this.client.users.listRealmRoleMappings({ id: userId }));
    return roles.map((r) => r.name).filter((n): n is string => typeof n === 'string');
  }

  async setRealmRole(userId: string, roleName: string, granted: boolean): Promise<void> {
    const role = await this.call('find role', () => this.client.roles.findOneByName({ name: roleName }));
    if (!role?.id || !role.name) throw new IdentityProviderError(`realm role ${roleName} missing`);
    const mapping = [{ id: role.id, name: role.name }];
    if (granted) await this.call('grant role', () => this.client.users.addRealmRoleMappings({ id: userId, roles: mapping }));
    else await this.call('revoke role', () => this.client.users.delRealmRoleMappings({ id: userId, roles: mapping }));
  }

  /** Keycloak e-mails the user a link to set a password and verify the address. */
  async sendWelcomeActions(userId: string): Promise<void> {
    await this.call('execute actions email', () =>
      this.client.users.executeActionsEmail({ id: userId, actions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'], lifespan: 7 * 24 * 3600, clientId: this.config.publicClientId }),
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
