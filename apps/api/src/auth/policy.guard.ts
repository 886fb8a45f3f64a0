import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PortalError, forbidden, unauthenticated } from '../graphql/portal-error.js';
import { MembershipLookup, type MembershipFacts } from '../request/membership-lookup.js';
import { currentRequestContext, type ActiveOrganization, type RequestContext } from '../request/request-context.js';
import type { Principal } from './principal.js';
import { hasPermission } from './permissions.js';
import { POLICY_METADATA, type Policy } from './policy.decorator.js';

/** Keycloak's clock and ours may differ; a revocation also covers tokens issued this long after it. */
const REVOCATION_SKEW_SECONDS = 30;

/**
 * Deny by default: an operation without a declared policy is refused (and logged as a bug).
 * Also settles the active organisation from the token and the X-Organization header.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly lookup: MembershipLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, [context.getHandler(), context.getClass()]);
    // Plain HTTP routes (health, feeds) are public or closed; one that acts for a user (a file
    // upload) declares its policy as an operation does and is settled the same way below.
    if (context.getType<string>() !== 'graphql') {
      if (policy?.kind === 'public') return true;
      if (!policy) throw new ForbiddenException();
    }
    if (!policy) {
      throw new PortalError('FORBIDDEN', 'Den här åtgärden saknar behörighetsregel och är därför spärrad.');
    }
    const request = currentRequestContext();
    if (!request) throw new Error('No request context: authMiddleware must run first');
    if (request.authFailed) throw unauthenticated('Inloggningen är ogiltig eller har gått ut. Logga in igen.');

    // Root fields of one document are guarded concurrently: all wait for the same settling, so
    // none opens the request transaction before membership and organisation are known.
    request.settled ??= this.settle(request);
    await request.settled;

    if (policy.kind === 'public') return true;
    const principal = request.principal;
    if (!principal) throw unauthenticated();
    if (policy.kind === 'signed-in') return true;
    if (!hasPermission(principal, policy.permission, request.activeOrganization)) throw forbidden();
    return true;
  }

  /**
   * Once per request: drops rights revoked since the token was issued, then settles the active
   * organisation and whether the user belongs to any portal organisation, from one lookup.
   */
  private async settle(request: RequestContext): Promise<void> {
    const principal = request.principal;
    if (!principal) {
      // Acting for an organisation needs its membership: nobody signed in has one.
      if (request.organizationHeader?.trim()) throw forbidden('Du är inte medlem i den valda organisationen.');
      request.member = false;
      return;
    }
    const facts = await this.lookup.facts(principal.userId, principal.issuedAt, REVOCATION_SKEW_SECONDS, principal.organizationSlugs);
    const current = withoutRevoked(principal, facts.revocations);
    request.principal = current;
    request.activeOrganization = activeOrganizationOf(current, request.organizationHeader, facts.organizationIds);
    request.member = current.organizationSlugs.some((slug) => facts.organizationIds.has(slug));
  }
}

/**
 * A token says what the user could do when it was issued, up to 5 minutes ago. The API records
 * every membership or admin right it takes away; rights revoked after (or shortly before, to
 * allow for clock skew) the token's `iat` are dropped.
 */
function withoutRevoked(principal: Principal, revocations: MembershipFacts['revocations']): Principal {
  const lostMembership = new Set(revocations.filter((r) => r.kind === 'member').map((r) => r.organizationSlug));
  const lostAdmin = new Set(revocations.map((r) => r.organizationSlug));
  const organizationSlugs = principal.organizationSlugs.filter((s) => !lostMembership.has(s));
  // Administering an organisation requires being its member, in the token and here.
  const adminOf = principal.adminOf.filter((s) => !lostAdmin.has(s) && organizationSlugs.includes(s));
  return { ...principal, organizationSlugs, adminOf };
}

/** The X-Organization header if the user is its member, else their only organisation; none when it is not in the portal. */
function activeOrganizationOf(principal: Principal, headerValue: string | undefined, ids: ReadonlyMap<string, string>): ActiveOrganization | undefined {
  const member = principal.organizationSlugs;
  const header = headerValue?.trim();
  let slug: string | undefined;
  if (header !== undefined && header !== '') {
    // A mismatch is refused, never silently ignored: the client believes it acts for `header`.
    if (!member.includes(header)) throw forbidden('Du är inte medlem i den valda organisationen.');
    slug = header;
  } else if (member.length === 1) {
    slug = member[0];
  }
  if (!slug) return undefined;
  const id = ids.get(slug);
  if (!id) {
    if (header) throw forbidden('Organisationen finns inte i portalen.');
    return undefined;
  }
  return { id, slug };
}
