import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'En medlem i en organisation, som Keycloak känner den.' })
export class OrganizationMember {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field({ description: 'Administrerar just den här organisationen (Keycloak-gruppen `/org-admins/<kortform>`).' })
  isOrganizationAdmin!: boolean;
}
