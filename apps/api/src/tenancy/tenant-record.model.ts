import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** The GraphQL fields every register record has (see TenantRecordRow); a record's type extends it. */
@ObjectType({ isAbstract: true })
export abstract class TenantRecordModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Ökar vid varje ändring; skickas med vid uppdatering.' })
  version!: number;

  @Field({ description: 'Arkiverad: syns bara för den egna organisationen.' })
  archived!: boolean;

  @Field({ description: 'Demoinnehåll, inte verkliga uppgifter.' })
  isDemo!: boolean;

  @Field({ description: 'Om den inloggade får ändra posten (den tillhör den aktiva organisationen).' })
  canEdit!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
