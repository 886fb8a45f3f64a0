import { randomUUID } from 'node:crypto';
import type { Principal } from '@portal/api/dist/auth/principal.js';
import { requestContextStorage, type RequestContext } from '@portal/api/dist/request/request-context.js';
import { finishRequestTransaction } from '@portal/api/dist/request/request-database.js';

export interface RequestUser {
  readonly userId: string;
  readonly organization?: { readonly id: string; readonly slug: string };
}

/**
 * Runs `body` as one API request of `user` would run inside the portal: the same request
 * context, so providers such as `MailOutbox` use the request's transaction (as portal_app, with
 * its row-level-security settings), which ends with COMMIT or, as after a failed mutation, ROLLBACK.
 */
export async function inRequest<T>(user: RequestUser | undefined, body: () => Promise<T>, outcome: 'commit' | 'rollback' = 'commit'): Promise<T> {
  const principal: Principal | undefined = user && {
    userId: user.userId,
    username: user.userId,
    name: undefined,
    email: undefined,
    roles: ['portal-user'],
    organizationSlugs: user.organization ? [user.organization.slug] : [],
    adminOf: [],
    issuedAt: Math.floor(Date.now() / 1000),
    clientId: 'portal-web',
  };
  const context: RequestContext = {
    requestId: randomUUID(),
    clientAddress: '127.0.0.1',
    principal,
    authFailed: false,
    organizationHeader: undefined,
    activeOrganization: user?.organization,
    member: Boolean(user?.organization),
    transaction: undefined,
  };
  let result: T;
  try {
    result = await requestContextStorage.run(context, body);
  } catch (error) {
    await finishRequestTransaction(context, false);
    throw error;
  }
  await finishRequestTransaction(context, outcome === 'commit');
  return result;
}
