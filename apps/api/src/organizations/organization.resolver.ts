import { Args, Query, Resolver } from '@nestjs/graphql';
import { ORGANIZATION_SLUG_PATTERN } from '@portal/shared-domain';
import { Public } from '../auth/policy.decorator.js';
import { badUserInput, notFound } from '../graphql/portal-error.js';
import { Organization } from './organization.entity.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Public()
  @Query(() => [Organization], { description: 'Portalens organisationer: kommunerna och regionen, i svensk bokstavsordning.' })
  organizations(): Promise<Organization[]> {
    return this.service.list();
  }

  @Public()
  @Query(() => Organization, { description: 'En organisation, efter sin kortform (slug).' })
  async organization(@Args('slug') slug: string): Promise<Organization> {
    if (!ORGANIZATION_SLUG_PATTERN.test(slug) || slug.length > 100) {
      throw badUserInput('Kortformen får bara innehålla små bokstäver a–z, siffror och bindestreck.', { slug: 'Ogiltig kortform.' });
    }
    const organization = await this.service.findBySlug(slug);
    if (!organization) throw notFound('Organisationen finns inte.');
    return organization;
  }
}
