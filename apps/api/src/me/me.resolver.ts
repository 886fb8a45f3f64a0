import { Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/policy.decorator.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { currentRequestContext } from '../request/request-context.js';
import { unauthenticated } from '../graphql/portal-error.js';
import { Me } from './me.model.js';

@Resolver(() => Me)
export class MeResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @SignedIn()
  @Query(() => Me, { description: 'Den inloggade användaren, dess organisationer, roller och aktiva organisation.' })
  async me(): Promise<Me> {
    const context = currentRequestContext();
    const principal = context?.principal;
    if (!principal) throw unauthenticated();
    const organizations = await this.organizations.listBySlugs(principal.organizationSlugs);
    const activeSlug = context.activeOrganization?.slug;
    return {
      id: principal.userId,
      username: principal.username,
      name: principal.name ?? null,
      email: principal.email ?? null,
      roles: [...principal.roles],
      organizations,
      administeredOrganizations: [...principal.adminOf],
      activeOrganization: organizations.find((o) => o.slug === activeSlug) ?? null,
    };
  }
}
