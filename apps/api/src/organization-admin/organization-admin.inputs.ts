import { Field, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '../organizations/organization.entity.js';

@InputType({ description: 'Bjud in en person till en organisation.' })
export class InviteMemberInput {
  @Field({ description: 'E-postadress; personen får ett e-postmeddelande för att välja lösenord om hen är ny.' })
  email!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisationens kortform; utan: den aktiva. Bara plattformsadministratörer kan välja en annan.' })
  organization?: string | null;
}

@InputType({ description: 'En ny organisation i portalen och i Keycloak.' })
export class CreateOrganizationInput {
  @Field()
  name!: string;

  @Field({ description: 'Kortform (a–z, 0–9, bindestreck); blir alias i Keycloak.' })
  slug!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field({ description: 'Kommunkod (fyra siffror) eller länskod (två siffror).' })
  municipalityCode!: string;

  @Field({ description: 'Organisationens e-postdomän, t.ex. linkoping.se.' })
  domain!: string;
}
