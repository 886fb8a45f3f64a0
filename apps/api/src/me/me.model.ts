import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType({ description: 'Den inloggade användaren.' })
export class Me {
  @Field(() => ID, { description: 'Användarens id i Keycloak (`sub`).' })
  id!: string;

  @Field()
  username!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [String], { description: 'Roller i Keycloak: portal-user, region-overseer, platform-admin.' })
  roles!: string[];

  @Field(() => [Organization], { description: 'Organisationer användaren är medlem i, i svensk bokstavsordning.' })
  organizations!: Organization[];

  @Field(() => [String], { description: 'Kortformerna för de organisationer användaren administrerar (en Keycloak-grupp per organisation).' })
  administeredOrganizations!: string[];

  @Field(() => Organization, {
    nullable: true,
    description: 'Den aktiva organisationen: den enda, eller den som valts med rubriken X-Organization. Tom för den som är medlem i flera och inte valt.',
  })
  activeOrganization!: Organization | null;
}
