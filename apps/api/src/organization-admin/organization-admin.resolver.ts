import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/policy.decorator.js';
import { Organization } from '../organizations/organization.entity.js';
import { CreateOrganizationInput, InviteMemberInput } from './organization-admin.inputs.js';
import { OrganizationAdminService } from './organization-admin.service.js';
import { OrganizationInvitation } from './organization-invitation.model.js';
import { OrganizationMember } from './organization-member.model.js';

const organizationArg = { type: () => String, nullable: true, description: 'Kortform; utan: den aktiva organisationen.' } as const;

@Resolver(() => OrganizationMember)
export class OrganizationAdminResolver {
  constructor(private readonly service: OrganizationAdminService) {}

  @RequirePermission('organization:manage-members')
  @Query(() => [OrganizationMember], { description: 'Medlemmarna i organisationen (för organisationens administratörer).' })
  organizationMembers(@Args('organization', organizationArg) organization?: string | null): Promise<OrganizationMember[]> {
    return this.service.listMembers(organization);
  }

  @RequirePermission('organization:manage-members')
  @Query(() => [OrganizationInvitation], { description: 'Inbjudningar som väntar på svar (för organisationens administratörer).' })
  organizationInvitations(@Args('organization', organizationArg) organization?: string | null): Promise<OrganizationInvitation[]> {
    return this.service.listInvitations(organization);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => OrganizationInvitation, {
    description:
      'Bjuder in en person. Ett nytt konto skapas, läggs till direkt och får e-post (status ACCEPTED); en person som redan har ett konto får en inbjudan att tacka ja eller nej till (status PENDING).',
  })
  inviteMember(@Args('input') input: InviteMemberInput): Promise<OrganizationInvitation> {
    return this.service.invite(input);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => OrganizationInvitation, { description: 'Återkallar en inbjudan som väntar på svar.' })
  withdrawInvitation(
    @Args('id', { type: () => ID }) id: string,
    @Args('organization', organizationArg) organization?: string | null,
  ): Promise<OrganizationInvitation> {
    return this.service.withdraw(id, organization);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => ID, {
    description: 'Tar bort en medlem ur organisationen (kontot finns kvar) och loggar ut personen. Gäller från nästa anrop. Svarar med användarens id.',
  })
  removeMember(@Args('userId', { type: () => ID }) userId: string, @Args('organization', organizationArg) organization?: string | null): Promise<string> {
    return this.service.remove(userId, organization);
  }

  @RequirePermission('organization:manage-members')
  @Mutation(() => OrganizationMember, { description: 'Ger eller tar bort administratörsrätten i just den här organisationen. Gäller från nästa anrop.' })
  setOrganizationAdmin(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('admin') admin: boolean,
    @Args('organization', organizationArg) organization?: string | null,
  ): Promise<OrganizationMember> {
    return this.service.setAdmin(userId, admin, organization);
  }

  @SignedIn()
  @Query(() => [OrganizationInvitation], { description: 'Inbjudningar till den inloggade som väntar på svar.' })
  myInvitations(): Promise<OrganizationInvitation[]> {
    return this.service.myInvitations();
  }

  @SignedIn()
  @Mutation(() => OrganizationInvitation, {
    description: 'Tackar ja till en egen inbjudan: du blir medlem. Logga in på nytt eller förnya sessionen för att arbeta i organisationen.',
  })
  acceptInvitation(@Args('id', { type: () => ID }) id: string): Promise<OrganizationInvitation> {
    return this.service.accept(id);
  }

  @SignedIn()
  @Mutation(() => OrganizationInvitation, { description: 'Tackar nej till en egen inbjudan.' })
  declineInvitation(@Args('id', { type: () => ID }) id: string): Promise<OrganizationInvitation> {
    return this.service.decline(id);
  }

  @RequirePermission('organization:create')
  @Mutation(() => Organization, { description: 'Skapar en organisation i portalen och i Keycloak (plattformsadministratörer).' })
  createOrganization(@Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.service.createOrganization(input);
  }
}
