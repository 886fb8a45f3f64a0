import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { facetFilterInputType } from '../list/list.model.js';
import { INITIATIVE_LIST, InitiativeOrder } from './initiative-list.definition.js';
import type { VisibilityCode } from '@portal/shared-domain';
import { Visibility } from '../tenancy/visibility.js';

@InputType()
export class PersonInput {
  @Field()
  name!: string;

  @Field()
  email!: string;
}

@InputType({ description: 'En samverkanspart: ange `organization` (kortform) för en organisation i portalen, annars `name`.' })
export class PartnerInput {
  @Field()
  role!: string;

  @Field(() => String, { nullable: true })
  organization?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class FundingLineInput {
  @Field()
  funderType!: string;

  @Field(() => String, { nullable: true })
  funderName?: string | null;

  @Field(() => String, { nullable: true })
  registryNumber?: string | null;

  @Field(() => String, { nullable: true })
  programmeArea?: string | null;

  @Field(() => Float, { nullable: true })
  amountSek?: number | null;

  @Field({ defaultValue: 'granted' })
  status!: string;
}

@InputType()
export class ParticipantPeriodInput {
  @Field()
  period!: string;

  @Field(() => Int, { defaultValue: 0 })
  women!: number;

  @Field(() => Int, { defaultValue: 0 })
  men!: number;

  @Field(() => Int, { defaultValue: 0 })
  otherOrUnknown!: number;

  @Field(() => Int, { defaultValue: 0 })
  toWork!: number;

  @Field(() => Int, { defaultValue: 0 })
  toStudies!: number;

  @Field(() => Int, { defaultValue: 0 })
  otherOutcome!: number;
}

@InputType({ description: 'Alla uppgifter om en insats. Vid uppdatering ersätter den helt det som fanns.' })
export class InitiativeInput {
  @Field()
  title!: string;

  @Field({ defaultValue: '' })
  summary!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  description!: string;

  @Field(() => Visibility, { defaultValue: Visibility.PRIVATE })
  visibility!: VisibilityCode;

  @Field()
  kind!: string;

  @Field()
  status!: string;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  endDate?: string | null;

  @Field(() => PersonInput, { nullable: true })
  contactPerson?: PersonInput | null;

  @Field(() => PersonInput, { nullable: true })
  projectLeader?: PersonInput | null;

  @Field(() => [PartnerInput], { defaultValue: [] })
  partners!: PartnerInput[];

  @Field(() => [FundingLineInput], { defaultValue: [] })
  fundingLines!: FundingLineInput[];

  @Field(() => [String], { defaultValue: [] })
  themes!: string[];

  @Field(() => [String], { defaultValue: [] })
  targetGroups!: string[];

  @Field(() => [String], { defaultValue: [] })
  occupations!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Andra metoder (fritext): sådana som inte finns i metodbanken.' })
  methods!: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Metoderna ur metodbanken (som du får se) som insatsen använder; ersätter de kopplingar du ser. Utelämnat vid uppdatering: kopplingarna lämnas som de är.',
  })
  methodIds?: string[] | null;

  @Field({ defaultValue: '' })
  genderEquality!: string;

  @Field({ defaultValue: '' })
  nonDiscrimination!: string;

  @Field({ defaultValue: '' })
  accessibility!: string;

  @Field(() => [ParticipantPeriodInput], { defaultValue: [] })
  participants!: ParticipantPeriodInput[];

  @Field({ defaultValue: '' })
  results!: string;

  @Field({ defaultValue: '' })
  lessonsLearned!: string;

  @Field({ defaultValue: '' })
  implementationOwner!: string;

  @Field({ defaultValue: '' })
  implementationPlan!: string;
}

@InputType({ description: 'Filter för registret; inom ett filter räcker ett av värdena, mellan filter måste alla stämma.' })
export class InitiativeFilter extends facetFilterInputType(INITIATIVE_LIST) {
  @Field({ nullable: true, description: 'Ta med arkiverade insatser (bara den egna organisationens).' })
  includeArchived?: boolean;
}

@ArgsType()
export class InitiativesArgs {
  @Field(() => InitiativeFilter, { nullable: true })
  filter?: InitiativeFilter | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => InitiativeOrder, { nullable: true })
  orderBy?: InitiativeOrder | null;

  @Field(() => Int, { defaultValue: 20, description: 'Högst 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType()
export class InitiativeRelationInput {
  @Field(() => ID, { description: 'Insatsen som bygger på/efterföljer/ingår i (din organisations).' })
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field({ description: 'builds-on, successor-of, part-of eller coordinated-with (åt båda hållen).' })
  kind!: string;

  @Field({ defaultValue: '', description: 'Vad som fördes vidare.' })
  note!: string;
}

@InputType()
export class FollowUpInput {
  @Field({ description: 'Kod ur vokabulären after-life-status.' })
  status!: string;

  @Field({ defaultValue: '' })
  livesOn!: string;

  @Field({ defaultValue: '' })
  ownerNow!: string;

  @Field({ defaultValue: '', description: 'Länk (https://…) till underlag.' })
  evidenceUrl!: string;
}
