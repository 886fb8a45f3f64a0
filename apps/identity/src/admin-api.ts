import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwtVerify, type CryptoKey, type KeyObject } from 'jose';
import type { IdentityState } from './identity-state.js';
import type { Realm, StoredGroup, StoredOrganization, StoredUser } from './realm.js';

type Send = (status: number, body?: unknown, headers?: Record<string, string>) => void;

function userRepresentation(user: StoredUser) {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    enabled: user.enabled,
    emailVerified: user.emailVerified,
    createdTimestamp: 0,
    requiredActions: [],
    attributes: user.attributes ?? {},
  };
}

/** Keycloak keeps every attribute as a list of strings; anything else in a request is dropped. */
function attributesOf(raw: unknown): Record<string, string[]> {
  if (!raw || typeof raw !== 'object') return {};
  const attributes: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (values.length > 0) attributes[name] = values;
  }
  return attributes;
}

function groupRepresentation(group: StoredGroup, all: readonly StoredGroup[], withSubGroups: boolean): Record<string, unknown> {
  const children = all.filter((g) => g.parentId === group.id);
  return {
    id: group.id,
    name: group.name,
    path: group.path,
    ...(group.parentId ? { parentId: group.parentId } : {}),
    subGroupCount: children.length,
    subGroups: withSubGroups ? children.map((c) => groupRepresentation(c, all, true)) : [],
    attributes: {},
    realmRoles: [],
    clientRoles: {},
  };
}

function organizationRepresentation(organization: StoredOrganization) {
  return {
    id: organization.id,
    name: organization.name,
    alias: organization.alias,
    enabled: organization.enabled,
    description: organization.description,
    domains: organization.domains,
  };
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readText(req);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const ADMIN_ROLES = new Set(['manage-users', 'manage-realm']);

/**
 * The part of Keycloak's Admin REST API (`/admin/realms/<realm>/…`) the portal calls through
 * @keycloak/keycloak-admin-client. Callers must present an access token of a service account
 * holding realm-management manage-users or manage-realm, as in Keycloak.
 */
export function adminApi(options: {
  realm: Realm;
  state: IdentityState;
  issuer: string;
  verifyKey: () => Promise<CryptoKey | KeyObject>;
  /** Ends the user's browser sessions and grants (their refresh tokens), as Keycloak's user logout. */
  endSessions: (userId: string) => Promise<void>;
}) {
  const { realm, state } = options;
  const prefix = `/admin/realms/${realm.name}`;

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send: Send = (status, body, headers = {}) => {
      res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ')) return send(401, { error: 'HTTP 401 Unauthorized' });
    try {
      const { payload } = await jwtVerify(auth.slice(7), await options.verifyKey(), { issuer: options.issuer, algorithms: ['RS256'] });
      const roles = (payload['resource_access'] as { 'realm-management'?: { roles?: string[] } } | undefined)?.['realm-management']?.roles ?? [];
      if (!roles.some((r) => ADMIN_ROLES.has(r))) return send(403, { error: 'HTTP 403 Forbidden' });
    } catch {
      return send(401, { error: 'HTTP 401 Unauthorized' });
    }

    const parts = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const query = url.searchParams;
    const page = <T>(items: T[]) => {
      const first = Number(query.get('first') ?? 0);
      const max = Number(query.get('max') ?? 100);
      return items.slice(first, first + max);
    };
    const findUser = (id: string | undefined) => (id ? state.user(id) : undefined);
    const findOrganization = (id: string | undefined) => state.organizations.find((o) => o.id === id);
    const notFound = (what: string) => send(404, { error: `${what} not found` });

    try {
      // /organizations
      if (parts[0] === 'organizations') {
        if (parts.length === 1 && method === 'GET') {
          const search = query.get('search')?.toLowerCase();
          const exact = query.get('exact') === 'true';
          const matches = state.organizations.filter((o) =>
            !search ? true : exact ? o.alias === search || o.name.toLowerCase() === search : o.alias.includes(search) || o.name.toLowerCase().includes(search),
          );
          return send(200, page(matches).map(organizationRepresentation));
        }
        if (parts.length === 1 && method === 'POST') {
          const body = (await readJson(req)) as Partial<StoredOrganization> | undefined;
          if (!body?.name || !body.alias) return send(400, { errorMessage: 'name and alias are required' });
          if (state.organizations.some((o) => o.alias === body.alias || o.name === body.name))
            return send(409, { errorMessage: 'A organization with the same name or alias already exists' });
          const organization: StoredOrganization = {
            id: randomUUID(),
            alias: body.alias,
            name: body.name,
            enabled: body.enabled ?? true,
            description: body.description,
            domains: (body.domains ?? []).map((d) => ({ name: d.name, verified: d.verified ?? false })),
            members: [],
          };
          state.organizations.push(organization);
          await state.save();
          return send(201, undefined, { location: `${options.issuer.replace(/\/realms\/[^/]+$/, '')}${prefix}/organizations/${organization.id}` });
        }
        const organization = findOrganization(parts[1]);
        if (!organization) return notFound('Organization');
        if (parts.length === 2 && method === 'GET') return send(200, organizationRepresentation(organization));
        if (parts.length === 2 && method === 'DELETE') {
          state.organizations.splice(state.organizations.indexOf(organization), 1);
          await state.save();
          return send(204);
        }
        if (parts[2] === 'members') {
          if (parts.length === 3 && method === 'GET') {
            return send(
              200,
              page(organization.members.map((id) => state.user(id)).filter((u): u is StoredUser => !!u)).map((u) => ({
                ...userRepresentation(u),
                membershipType: 'UNMANAGED',
              })),
            );
          }
          if (parts.length === 3 && method === 'POST') {
            // Keycloak takes the user id as the raw body; the admin client sends it unquoted.
            const raw = (await readText(req)).trim();
            const userId: unknown = raw.startsWith('"') ? JSON.parse(raw) : raw;
            const user = typeof userId === 'string' ? findUser(userId) : undefined;
            if (!user) return notFound('User');
            if (organization.members.includes(user.id)) return send(409, { errorMessage: 'User is already a member of the organization.' });
            organization.members.push(user.id);
            await state.save();
            return send(201);
          }
          const member = organization.members.includes(parts[3] ?? '') ? findUser(parts[3]) : undefined;
          if (!member) return notFound('User');
          if (parts.length === 4 && method === 'GET') return send(200, { ...userRepresentation(member), membershipType: 'UNMANAGED' });
          if (parts.length === 4 && method === 'DELETE') {
            organization.members = organization.members.filter((id) => id !== member.id);
            await state.save();
            return send(204);
          }
        }
      }

      // /users
      if (parts[0] === 'users') {
        if (parts.length === 1 && method === 'GET') {
          const exact = query.get('exact') === 'true';
          const match = (value: string | undefined, wanted: string | null) =>
            wanted === null ||
            (value !== undefined && (exact ? value.toLowerCase() === wanted.toLowerCase() : value.toLowerCase().includes(wanted.toLowerCase())));
          const users = state.users.filter((u) => match(u.email, query.get('email')) && match(u.username, query.get('username')));
          return send(200, page(users).map(userRepresentation));
        }
        if (parts.length === 1 && method === 'POST') {
          const body = ((await readJson(req)) ?? {}) as Partial<StoredUser>;
          const username = body.username?.toLowerCase();
          if (!username) return send(400, { errorMessage: 'username is required' });
          if (state.users.some((u) => u.username === username)) return send(409, { errorMessage: 'User exists with same username' });
          if (body.email && state.users.some((u) => u.email?.toLowerCase() === body.email?.toLowerCase()))
            return send(409, { errorMessage: 'User exists with same email' });
          const user: StoredUser = {
            id: randomUUID(),
            username,
            email: body.email,
            firstName: body.firstName,
            lastName: body.lastName,
            enabled: body.enabled ?? true,
            emailVerified: body.emailVerified ?? false,
            passwordHash: undefined,
            realmRoles: [...realm.defaultRoles],
            groups: [],
            ...(body.attributes ? { attributes: attributesOf(body.attributes) } : {}),
          };
          state.users.push(user);
          await state.save();
          return send(201, undefined, { location: `${options.issuer.replace(/\/realms\/[^/]+$/, '')}${prefix}/users/${user.id}` });
        }
        const user = findUser(parts[1]);
        if (!user) return notFound('User');
        if (parts.length === 2 && method === 'GET') return send(200, userRepresentation(user));
        if (parts.length === 2 && method === 'PUT') {
          const body = (await readJson(req)) as Partial<StoredUser> | undefined;
          if (body?.firstName !== undefined) user.firstName = body.firstName;
          if (body?.lastName !== undefined) user.lastName = body.lastName;
          if (body?.email !== undefined) user.email = body.email;
          if (body?.enabled !== undefined) user.enabled = body.enabled;
          await state.save();
          return send(204);
        }
        if (parts[2] === 'role-mappings' && parts[3] === 'realm') {
          const roleList = (names: string[]) => names.map((name) => ({ id: `role:${name}`, name, composite: false, clientRole: false }));
          if (method === 'GET') return send(200, roleList(user.realmRoles));
          const body = ((await readJson(req)) as Array<{ name?: string }> | undefined) ?? [];
          const names = body.map((r) => r.name).filter((n): n is string => typeof n === 'string');
          if (names.some((n) => !realm.realmRoles.includes(n))) return notFound('Role');
          if (method === 'POST') user.realmRoles = [...new Set([...user.realmRoles, ...names])];
          else if (method === 'DELETE') user.realmRoles = user.realmRoles.filter((r) => !names.includes(r));
          else return send(405);
          await state.save();
          return send(204);
        }
        if (parts[2] === 'groups') {
          if (parts.length === 3 && method === 'GET') {
            return send(
              200,
              state.groups.filter((g) => user.groups.includes(g.id)).map((g) => groupRepresentation(g, state.groups, false)),
            );
          }
          const group = state.groups.find((g) => g.id === parts[3]);
          if (parts.length !== 4 || !group) return notFound('Group');
          if (method === 'PUT') user.groups = [...new Set([...user.groups, group.id])];
          else if (method === 'DELETE') user.groups = user.groups.filter((id) => id !== group.id);
          else return send(405);
          await state.save();
          return send(204);
        }
        // Keycloak ends every session of the user; their refresh tokens stop working.
        if (parts[2] === 'logout' && parts.length === 3 && method === 'POST') {
          await options.endSessions(user.id);
          return send(204);
        }
        if (parts[2] === 'execute-actions-email' && method === 'PUT') {
          const actions = ((await readJson(req)) as string[] | undefined) ?? [];
          if (!user.email) return send(400, { errorMessage: 'User email missing' });
          state.outbox.push({ to: user.email, userId: user.id, actions, sentAt: new Date().toISOString() });
          await state.save();
          return send(204);
        }
        if (parts[2] === 'organizations' && method === 'GET') return send(200, state.organizationsOf(user.id).map(organizationRepresentation));
      }

      // /groups (realm groups; Keycloak's search matches a group or any of its descendants by name)
      if (parts[0] === 'groups') {
        if (parts.length === 1 && method === 'GET') {
          const search = query.get('search')?.toLowerCase();
          const exact = query.get('exact') === 'true';
          const matches = (g: StoredGroup) => !search || (exact ? g.name.toLowerCase() === search : g.name.toLowerCase().includes(search));
          const subtreeMatches = (g: StoredGroup): boolean => matches(g) || state.groups.some((c) => c.parentId === g.id && subtreeMatches(c));
          const top = state.groups.filter((g) => !g.parentId && subtreeMatches(g));
          return send(
            200,
            page(top).map((g) => groupRepresentation(g, state.groups, search !== undefined)),
          );
        }
        const group = state.groups.find((g) => g.id === parts[1]);
        if (!group) return notFound('Group');
        if (parts.length === 2 && method === 'GET') return send(200, groupRepresentation(group, state.groups, true));
        if (parts[2] === 'children' && parts.length === 3 && method === 'GET') {
          const search = query.get('search')?.toLowerCase();
          const children = state.groups.filter((g) => g.parentId === group.id && (!search || g.name.toLowerCase().includes(search)));
          return send(
            200,
            page(children).map((g) => groupRepresentation(g, state.groups, false)),
          );
        }
        if (parts[2] === 'children' && parts.length === 3 && method === 'POST') {
          const body = (await readJson(req)) as { name?: string } | undefined;
          if (!body?.name) return send(400, { errorMessage: 'name is required' });
          if (state.groups.some((g) => g.parentId === group.id && g.name === body.name))
            return send(409, { errorMessage: `Top level group named '${body.name}' already exists.` });
          const path = `${group.path}/${body.name}`;
          const child: StoredGroup = { id: randomUUID(), name: body.name, path, parentId: group.id };
          state.groups.push(child);
          await state.save();
          return send(201, groupRepresentation(child, state.groups, false), {
            location: `${options.issuer.replace(/\/realms\/[^/]+$/, '')}${prefix}/groups/${child.id}`,
          });
        }
        if (parts[2] === 'members' && parts.length === 3 && method === 'GET') {
          return send(200, page(state.users.filter((u) => u.groups.includes(group.id))).map(userRepresentation));
        }
      }

      // /roles
      if (parts[0] === 'roles' && method === 'GET') {
        const toRole = (name: string) => ({ id: `role:${name}`, name, composite: false, clientRole: false, containerId: realm.name });
        if (parts.length === 1) return send(200, realm.realmRoles.map(toRole));
        const name = parts[1];
        return name && realm.realmRoles.includes(name) ? send(200, toRole(name)) : notFound('Role');
      }
      return send(404, { error: 'Unsupported by the Keycloak stand-in' });
    } catch (error) {
      return send(400, { errorMessage: error instanceof Error ? error.message : 'bad request' });
    }
  };
}
