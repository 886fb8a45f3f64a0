import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PortalError, forbidden, unauthenticated } from '../graphql/portal-error.js';
import { MembershipLookup } from '../request/membership-lookup.js';
import { currentRequestContext, type RequestContext } from '../request/request-context.js';
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
    // Plain HTTP routes (health) are public or closed; they never act on tenant data.
    if (context.getType<string>() !== 'graphql') {
      if (policy?.kind === 'public') return true;
      throw new ForbiddenException();
    }
    if (!policy) {
      throw new PortalError('FORBIDDEN', 'Den här åtgärden saknar behörighetsregel och är därför spärrad.');
    }
    const request = currentRequestContext();
    if (!request) throw new Error('No request context: authMiddleware must run first');
    if (request.authFailed) throw unauthenticated('Inloggningen är ogiltig eller har gått ut. Logga in igen.');

    await this.applyRevocations(request);
    await this.settleActiveOrganization(request);
    await this.settleMembership(request);

    if (policy.kind === 'public') return true;
    const principal = request.principal;
    if (!principal) throw unauthenticated();
    if (policy.kind === 'signed-in') return true;
    if (!hasPermission(principal, policy.permission, request.activeOrganization)) throw forbidden();
    return true;
  }

  /**
   * A token says what the user could do when it was issued, up to 5 minutes ago. The API records
   * every membership or admin right it takes away; rights revoked after (or shortly before, to
   * allow for clock skew) the token's `iat` are dropped here. One indexed query per request.
   */
  private async applyRevocations(request: RequestContext): Promise<void> {
    const principal = request.principal;
    if (request.revocationsApplied || !principal) return;
    request.revocationsApplied = true;
    const rows = await this.lookup.revocations(principal.userId, principal.issuedAt, REVOCATION_SKEW_SECONDS);
    const lostMembership = new Set(rows.filter((r) => r.kind === 'member').map((r) => r.organizationSlug));
    const lostAdmin = new Set(rows.map((r) => r.organizationSlug));
    const organizationSlugs = principal.organizationSlugs.filter((s) => !lostMembership.has(s));
    // Administering an organisation requires being its member, in the token and here.
    const adminOf = principal.adminOf.filter((s) => !lostAdmin.has(s) && organizationSlugs.includes(s));
    request.principal = { ...principal, organizationSlugs, adminOf };
  }

  /** 'region' is for members of a portal organisation, even without an active one. */
  private async settleMembership(request: RequestContext): Promise<void> {
    if (request.member !== undefined) return;
    const slugs = request.principal?.organizationSlugs ?? [];
    if (request.activeOrganization) request.member = true;
    else if (slugs.length === 0) request.member = false;
    else request.member = await this.lookup.anyOrganization(slugs);
  }

  private async settleActiveOrganization(request: RequestContext): Promise<void> {
    if (request.activeOrganization) return;
    const member = request.principal?.organizationSlugs ?? [];
    const header = request.organizationHeader?.trim();
    let slug: string | undefined;
    if (header !== undefined && header !== '') {
      // A mismatch is refused, never silently ignored: the client believes it acts for `header`.
      if (!member.includes(header)) throw forbidden('Du är inte medlem i den valda organisationen.');
      slug = header;
    } else if (member.length === 1) {
      slug = member[0];
    }
    if (!slug) return;
    const id = await this.lookup.organizationId(slug);
    if (!id) {
      if (header) throw forbidden('Organisationen finns inte i portalen.');
      return;
    }
    request.activeOrganization = { id, slug };
  }
}
