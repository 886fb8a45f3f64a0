import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The parts of a Keycloak realm export the stand-in understands. */
export interface RealmClient {
  readonly clientId: string;
  readonly publicClient: boolean;
  readonly secret: string | undefined;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
  readonly webOrigins: readonly string[];
  readonly standardFlow: boolean;
  readonly serviceAccount: boolean;
}

export interface StoredUser {
  id: string;
  username: string;
  email: string | undefined;
  firstName: string | undefined;
  lastName: string | undefined;
  enabled: boolean;
  emailVerified: boolean;
  /** scrypt hash ("salt:hash", hex); absent: the user cannot log in with a password. */
  passwordHash: string | undefined;
  realmRoles: string[];
  /** Ids of the groups the user belongs to directly (Keycloak's group membership). */
  groups: string[];
  /** Keycloak's user attributes, e.g. `locale` (the language of Keycloak's own mails to them). */
  attributes?: Record<string, string[]>;
}

export interface StoredGroup {
  id: string;
  name: string;
  /** Full path, e.g. `/org-admins/linkoping`, as the group membership mapper puts it in `groups`. */
  path: string;
  parentId: string | undefined;
}

export interface StoredOrganization {
  id: string;
  alias: string;
  name: string;
  enabled: boolean;
  description: string | undefined;
  domains: Array<{ name: string; verified: boolean }>;
  members: string[];
}

export interface Realm {
  readonly name: string;
  readonly accessTokenLifespan: number;
  readonly clients: readonly RealmClient[];
  readonly realmRoles: readonly string[];
  readonly defaultRoles: readonly string[];
  readonly serviceAccountRoles: Readonly<Record<string, readonly string[]>>;
}

interface RawRealm {
  realm: string;
  accessTokenLifespan?: number;
  roles?: { realm?: Array<{ name: string }> };
  defaultRole?: { composites?: { realm?: string[] } };
  clients?: Array<{
    clientId: string;
    publicClient?: boolean;
    bearerOnly?: boolean;
    secret?: string;
    redirectUris?: string[];
    webOrigins?: string[];
    standardFlowEnabled?: boolean;
    serviceAccountsEnabled?: boolean;
    attributes?: Record<string, string>;
  }>;
  users?: Array<{ serviceAccountClientId?: string; clientRoles?: Record<string, string[]> }>;
  organizations?: Array<{ alias: string; name: string; enabled?: boolean; description?: string; domains?: Array<{ name: string; verified?: boolean }> }>;
  groups?: RawGroup[];
}

interface RawGroup {
  name: string;
  subGroups?: RawGroup[];
}

interface RawUsers {
  users: Array<{
    id: string;
    username: string;
    email?: string;
    firstName?: string;
    lastName?: string;
    enabled?: boolean;
    emailVerified?: boolean;
    credentials?: Array<{ type: string; value: string }>;
    realmRoles?: string[];
    /** Full group paths, as in Keycloak's user import format. */
    groups?: string[];
  }>;
}

/** A UUID derived from a name, so organisations keep their ids without a database. */
export function stableId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface LoadedRealm {
  readonly realm: Realm;
  readonly organizations: StoredOrganization[];
  readonly groups: StoredGroup[];
  /** Users with their plain dev passwords (hashed by the caller). */
  readonly users: Array<Omit<StoredUser, 'passwordHash'> & { password: string | undefined }>;
}

export async function loadRealm(realmFile: string, devDir: string | undefined): Promise<LoadedRealm> {
  const raw = JSON.parse(await readFile(realmFile, 'utf8')) as RawRealm;
  const realm: Realm = {
    name: raw.realm,
    accessTokenLifespan: raw.accessTokenLifespan ?? 300,
    realmRoles: (raw.roles?.realm ?? []).map((r) => r.name),
    defaultRoles: raw.defaultRole?.composites?.realm ?? [],
    clients: (raw.clients ?? [])
      .filter((c) => !c.bearerOnly)
      .map((c) => ({
        clientId: c.clientId,
        publicClient: c.publicClient ?? false,
        secret: c.secret,
        redirectUris: c.redirectUris ?? [],
        postLogoutRedirectUris: (c.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean),
        webOrigins: c.webOrigins ?? [],
        standardFlow: c.standardFlowEnabled ?? true,
        serviceAccount: c.serviceAccountsEnabled ?? false,
      })),
    serviceAccountRoles: Object.fromEntries(
      (raw.users ?? []).filter((u) => u.serviceAccountClientId).map((u) => [u.serviceAccountClientId!, u.clientRoles?.['realm-management'] ?? []]),
    ),
  };
  const organizations: StoredOrganization[] = (raw.organizations ?? []).map((o) => ({
    id: stableId(`organization:${o.alias}`),
    alias: o.alias,
    name: o.name,
    enabled: o.enabled ?? true,
    description: o.description,
    domains: (o.domains ?? []).map((d) => ({ name: d.name, verified: d.verified ?? false })),
    members: [],
  }));

  const groups: StoredGroup[] = [];
  const addGroups = (raw: readonly RawGroup[], parent: StoredGroup | undefined) => {
    for (const g of raw) {
      const path = `${parent?.path ?? ''}/${g.name}`;
      const group: StoredGroup = { id: stableId(`group:${path}`), name: g.name, path, parentId: parent?.id };
      groups.push(group);
      addGroups(g.subGroups ?? [], group);
    }
  };
  addGroups(raw.groups ?? [], undefined);

  const users: LoadedRealm['users'] = [];
  if (devDir && existsSync(path.join(devDir, `${raw.realm}-users-0.json`))) {
    const rawUsers = JSON.parse(await readFile(path.join(devDir, `${raw.realm}-users-0.json`), 'utf8')) as RawUsers;
    for (const u of rawUsers.users) {
      users.push({
        id: u.id,
        username: u.username.toLowerCase(),
        email: u.email,
        firstName: u.firstName,
        lastName: u.lastName,
        enabled: u.enabled ?? true,
        emailVerified: u.emailVerified ?? false,
        password: u.credentials?.find((c) => c.type === 'password')?.value,
        realmRoles: u.realmRoles ?? [],
        // Keycloak refuses an import naming a missing group; the stand-in does the same.
        groups: (u.groups ?? []).map((groupPath) => {
          const group = groups.find((g) => g.path === groupPath);
          if (!group) throw new Error(`${u.username}: group ${groupPath} is not in the realm`);
          return group.id;
        }),
      });
    }
    const membersFile = path.join(devDir, 'organization-members.json');
    if (existsSync(membersFile)) {
      const { members } = JSON.parse(await readFile(membersFile, 'utf8')) as { members: Record<string, string[]> };
      for (const organization of organizations) {
        organization.members = (members[organization.alias] ?? [])
          .map((username) => users.find((u) => u.username === username)?.id)
          .filter((id): id is string => id !== undefined);
      }
    }
  }
  return { realm, organizations, groups, users };
}
