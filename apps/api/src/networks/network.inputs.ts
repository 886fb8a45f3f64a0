import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Ett nätverks uppgifter. Koderna finns i `@portal/shared-domain` (NETWORK_LEVELS, NETWORK_KINDS, NETWORK_ADMISSIONS).' })
export class NetworkInput {
  @Field()
  name!: string;

  @Field({ defaultValue: '' })
  purpose!: string;

  @Field()
  level!: string;

  @Field()
  kind!: string;

  @Field({ defaultValue: 'invitation' })
  admission!: string;

  @Field(() => ID, { nullable: true, description: 'Överordnat nätverk (regionalt → kluster → lokal grupp).' })
  parentId?: string | null;
}

@InputType({ description: 'Bjud in en person till nätverket med e-post. Saknar personen konto skapas ett och hen får välja lösenord.' })
export class InviteNetworkMemberInput {
  @Field(() => ID)
  networkId!: string;

  @Field()
  email!: string;

  @Field({ nullable: true })
  firstName?: string;

  @Field({ nullable: true })
  lastName?: string;

  @Field({ defaultValue: 'member', description: '`chair`, `secretary` eller `member`.' })
  role!: string;

  @Field({
    nullable: true,
    description:
      'Språket i inbjudan och i nätverkets e-post till personen: `sv` eller `en`. Tomt: personens eget språk i Keycloak om det finns, annars ditt. Ett nytt konto får samma språk.',
  })
  locale?: string;
}

@InputType({ description: 'Dela en insats, metod eller ett material med ett nätverk (bara ägarorganisationen, och bara med nätverk du är med i).' })
export class NetworkShareInput {
  @Field(() => ID)
  networkId!: string;

  @Field({ description: '`initiative`, `method` eller `material`.' })
  recordKind!: string;

  @Field(() => ID)
  recordId!: string;
}
