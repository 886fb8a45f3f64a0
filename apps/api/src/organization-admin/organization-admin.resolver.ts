import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/policy.decorator.js';
import { Organization } from '../organizations/organization.entity.js';
import { CreateOrganizationInput, InviteMemberInput } from './organization-admin.inputs.js';
import { OrganizationAdminService } from './organization-admin.service.js';
import { OrganizationMember } from './organization-member.model.js';

const organizationArg = { type: () => String, nullable: true, description: 'Kortform; utan: den aktiva organisationen.' } as const;

@Resolver(() => OrganizationMember)
export class OrganizationAdminResolver {
  constructor(private readonly service: OrganizationAdminService) {}

  @RequirePermission('organization:manage-members')
  @Query(() => [OrganizationMember], { description: 'Medlemmarna i organisationen (för organisationsadministratörer).' })
  organizationMembers(@Args('organization', organizationArg) organization?: string | null): Promise<OrganizationMember[]> {
    return this.service.listMembers(organization);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => OrganizationMember, { description: 'Bjuder in en person: skapar kontot om det är nytt, lägger till i organisationen och skickar e-post.' })
  inviteMember(@Args('input') input: InviteMemberInput): Promise<OrganizationMember> {
    return this.service.invite(input);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => ID, { description: 'Tar bort en medlem ur organisationen (kontot finns kvar). Svarar med användarens id.' })
  removeMember(@Args('userId', { type: () => ID }) userId: string, @Args('organization', organizationArg) organization?: string | null): Promise<string> {
    return this.service.remove(userId, organization);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => OrganizationMember, { description: 'Ger eller tar bort rollen organisationsadministratör.' })
  setOrganizationAdmin(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('admin') admin: boolean,
    @Args('organization', organizationArg) organization?: string | null,
  ): Promise<OrganizationMember> {
    return this.service.setAdmin(userId, admin, organization);
  }

  @RequirePermission('organization:create')
  @Mutation(() => Organization, { description: 'Skapar en organisation i portalen och i Keycloak (plattformsadministratörer).' })
  createOrganization(@Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.service.createOrganization(input);
  }
}
