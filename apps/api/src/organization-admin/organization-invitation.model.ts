import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.entity.js';

export enum InvitationStatusValue {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
}

registerEnumType(InvitationStatusValue, {
  name: 'InvitationStatus',
  description: 'Var en inbjudan till en organisation står.',
  valuesMap: {
    PENDING: { description: 'Väntar på svar från den inbjudna.' },
    ACCEPTED: { description: 'Godtagen: personen är medlem (ett nytt konto läggs till direkt).' },
    DECLINED: { description: 'Avböjd av den inbjudna.' },
    WITHDRAWN: { description: 'Återkallad av organisationen.' },
  },
});

@ObjectType({ description: 'En inbjudan till en organisation. En person som redan har ett konto blir medlem först när hen tackar ja.' })
export class OrganizationInvitation {
  @Field(() => ID)
  id!: string;

  @Field(() => Organization, { description: 'Organisationen som bjuder in.' })
  organization!: Organization;

  @Field({ description: 'E-postadressen inbjudan gäller.' })
  email!: string;

  @Field(() => InvitationStatusValue)
  status!: InvitationStatusValue;

  @Field({ description: 'Vem som bjöd in (användarnamn).' })
  invitedByUsername!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'När inbjudan besvarades eller återkallades.' })
  decidedAt!: Date | null;
}
