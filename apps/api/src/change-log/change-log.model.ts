import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChangeEntryShape, ChangeParamShape, ChangeValueKind, ChangeValueShape } from '@portal/shared-domain';

@ObjectType({ description: 'Ett värde i en historikpost: en text, en kod ur en lista eller ett tal.' })
export class ChangeParam implements ChangeParamShape {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Listan koden hör till (vokabulär eller fast lista, t.ex. `theme`, `visibility`).' })
  list?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;
}

@ObjectType({ description: 'En post i en lista (en samverkanspart, en finansieringsrad …): vilken formulering och dess värden.' })
export class ChangeEntry implements ChangeEntryShape {
  @Field({ description: 'Formuleringens namn, t.ex. `partner`, `fundingLine`, `participantPeriod`, `person`, `relation`.' })
  message!: string;

  @Field(() => [ChangeParam])
  params!: readonly ChangeParam[];
}

@ObjectType({ description: 'Ett värde före eller efter en ändring, som koder och parametrar: klienten formulerar det på läsarens språk.' })
export class ChangeValue implements ChangeValueShape {
  @Field(() => String, { description: 'text, date, number, boolean, code, codes, tags eller entries.' })
  kind!: ChangeValueKind;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true })
  list?: string | null;

  @Field(() => [String], { nullable: true })
  codes?: readonly string[] | null;

  @Field(() => [ChangeEntry], { nullable: true })
  entries?: readonly ChangeEntry[] | null;
}

@ObjectType({ description: 'Ett fält som ändrades: värdet före och efter.' })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => ChangeValue, { nullable: true })
  before!: ChangeValue | null;

  @Field(() => ChangeValue, { nullable: true })
  after!: ChangeValue | null;
}

@ObjectType({ description: 'En post i en posts historik: vem, när, vilken version och vilka fält.' })
export class HistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'created, updated, archived, restored och postens egna (t.ex. relation-added).' })
  action!: string;

  @Field()
  actorName!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field(() => [FieldChange])
  changes!: readonly FieldChange[];
}
