import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { OverlapBand, OverlapDecisionKind } from './overlap.model.js';
import type { OverlapBandCode, OverlapDecisionCode } from '@portal/shared-domain';

@InputType({ description: 'Det som hittills är ifyllt i ett nytt initiativ; allt får saknas.' })
export class OverlapDraftInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Typ av insats (kod).' })
  kind?: string | null;

  @Field(() => [String], { nullable: true })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true })
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true })
  occupations?: string[] | null;

  @Field(() => [ID], { nullable: true })
  methodIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  endDate?: string | null;
}

@ArgsType()
export class OverlapPairsArgs {
  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Bara par där någon av insatserna har temat.' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Bara par där organisationen (slug, t.ex. `linkoping`) äger en av insatserna.' })
  organization?: string | null;

  @Field(() => OverlapBand, { nullable: true, description: 'Lägsta band.' })
  band?: OverlapBandCode | null;

  @Field(() => Int, { nullable: true, description: 'Bara par som pågår något under eller efter detta år.' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bara par som pågår något under eller före detta år.' })
  toYear?: number | null;

  @Field({ defaultValue: false, description: 'Även par som redan har ett beslut.' })
  includeDecided!: boolean;
}

@InputType()
export class OverlapDecisionInput {
  @Field(() => ID)
  initiativeId!: string;

  @Field(() => ID)
  otherInitiativeId!: string;

  @Field(() => OverlapDecisionKind)
  decision!: OverlapDecisionCode;

  @Field({ defaultValue: '' })
  note!: string;

  @Field({
    defaultValue: false,
    description: 'Bara med beslutet samordna: länka insatserna med relationen ”Samordnas med” och skriv det i båda insatsernas historik.',
  })
  link!: boolean;
}
