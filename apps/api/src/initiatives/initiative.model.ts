import { TenantRecordModel } from '../tenancy/tenant-record.model.js';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { VisibilityCode } from '@portal/shared-domain';
import { Organization } from '../organizations/organization.entity.js';
import { Visibility } from '../tenancy/visibility.js';

@ObjectType({ description: 'En person med namn och e-post (kontaktperson, projektledare).' })
export class Person {
  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType({ description: 'En samverkanspart: en organisation i portalen eller en namngiven extern part.' })
export class Partner {
  @Field({ description: 'Kod ur PARTNER_ROLES: lead, partner, financier, other.' })
  role!: string;

  @Field(() => Organization, { nullable: true, description: 'Satt när parten är en organisation i portalen.' })
  organization!: Organization | null;

  @Field({ description: 'Partens namn (för en organisation i portalen: dess namn).' })
  name!: string;
}

@ObjectType({ description: 'En finansieringsrad.' })
export class FundingLine {
  @Field({ description: 'Kod ur vokabulären funder-type.' })
  funderType!: string;

  @Field()
  funderName!: string;

  @Field({ description: 'Diarienummer, t.ex. 2020/00694.' })
  registryNumber!: string;

  @Field({ description: 'Programområde, t.ex. PO1.' })
  programmeArea!: string;

  @Field(() => Float, { nullable: true, description: 'Belopp i kronor.' })
  amountSek!: number | null;

  @Field({ description: 'applied (sökt) eller granted (beviljad).' })
  status!: string;
}

@ObjectType({ description: 'Ett antal. Under 5 visas det som "<5" för den som inte tillhör ägarorganisationen.' })
export class ParticipantCount {
  @Field(() => Int, { nullable: true, description: 'Exakt antal; null när det är dolt.' })
  value!: number | null;

  @Field({ description: 'Det som ska visas: talet, "<5", eller "dolt" för en summa vars delar är dolda.' })
  display!: string;
}

@ObjectType({ description: 'Deltagare under en period, som summor. Aldrig enskilda personer.' })
export class ParticipantPeriod {
  @Field({ description: 'Perioden, t.ex. "2021" eller "2021-H1".' })
  period!: string;

  @Field(() => ParticipantCount)
  women!: ParticipantCount;

  @Field(() => ParticipantCount)
  men!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Annat eller okänt kön.' })
  otherOrUnknown!: ParticipantCount;

  @Field(() => ParticipantCount)
  total!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Gick till arbete.' })
  toWork!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Gick till studier.' })
  toStudies!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Annat utfall.' })
  otherOutcome!: ParticipantCount;
}

@ObjectType({ description: 'Hur insatsen arbetar med de horisontella principerna.' })
export class HorizontalPrinciples {
  @Field()
  genderEquality!: string;

  @Field()
  nonDiscrimination!: string;

  @Field()
  accessibility!: string;
}

@ObjectType({ description: 'En insats: projekt, pilot eller ordinarie satsning, oavsett finansiär.' })
export class Initiative extends TenantRecordModel {
  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown; saneras när den visas.' })
  description!: string;

  /** Resolved from the request's organisation cache. */
  organizationId!: string;

  @Field(() => Visibility)
  visibility!: VisibilityCode;

  @Field({ description: 'Kod ur vokabulären project-kind.' })
  kind!: string;

  @Field({ description: 'Kod ur vokabulären lifecycle-status.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  endDate!: string | null;

  @Field(() => Person, { nullable: true })
  contactPerson!: Person | null;

  @Field(() => Person, { nullable: true })
  projectLeader!: Person | null;

  /** Stored partners; the field resolver adds the organisations. */
  storedPartners!: ReadonlyArray<{ role: string; organizationId: string | null; name: string }>;

  @Field(() => [FundingLine])
  fundingLines!: FundingLine[];

  @Field(() => Float, { description: 'Summan av alla finansieringsrader i kronor.' })
  totalFundingSek!: number;

  @Field(() => [String], { description: 'Koder ur vokabulären theme.' })
  themes!: string[];

  @Field(() => [String], { description: 'Koder ur vokabulären target-group.' })
  targetGroups!: string[];

  @Field(() => [String], { description: 'Yrken som insatsen riktar sig mot (fria taggar).' })
  occupations!: string[];

  @Field(() => [String], { description: 'Andra metoder (fritext): de som inte finns i metodbanken. Metodbankens metoder finns i methodRefs.' })
  methods!: string[];

  @Field(() => HorizontalPrinciples)
  horizontalPrinciples!: HorizontalPrinciples;

  @Field(() => [ParticipantPeriod])
  participants!: ParticipantPeriod[];

  @Field()
  results!: string;

  @Field()
  lessonsLearned!: string;

  @Field({ description: 'Vem som äger resultatet efter projektet (förvaltare).' })
  implementationOwner!: string;

  @Field({ description: 'Hur resultatet förs vidare.' })
  implementationPlan!: string;
}

export enum RelationDirection {
  OUTGOING = 'outgoing',
  INCOMING = 'incoming',
}
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'OUTGOING: denna insats bygger på/efterföljer/ingår i den andra. INCOMING: tvärtom.',
});

@ObjectType({ description: 'En relation mellan två insatser, sedd från en av dem.' })
export class InitiativeRelation {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'builds-on, successor-of, part-of eller coordinated-with, läst från `from` till `to`.' })
  kind!: string;

  @Field(() => RelationDirection)
  direction!: RelationDirection;

  @Field(() => Initiative, { description: 'Insatsen i andra änden.' })
  other!: Initiative;

  @Field({ description: 'Vad som fördes vidare.' })
  note!: string;

  @Field({ description: 'Om den inloggade får ta bort relationen: den aktiva organisationen äger någon av insatserna i dess ändar.' })
  canRemove!: boolean;

  /** The organisation that added the relation (owner of its `from` end); resolved as `addedBy`. */
  addedByOrganizationId!: string;
}

@ObjectType({ description: 'Pärlbandet: föregångare (äldst först), insatsen själv och efterföljare.' })
export class PearlString {
  @Field(() => [Initiative])
  predecessors!: Initiative[];

  @Field(() => [Initiative])
  successors!: Initiative[];
}

@ObjectType({ description: 'En uppföljning efter projektslut: vad som lever kvar.' })
export class FollowUp {
  @Field(() => ID)
  id!: string;

  @Field({ description: '6-months, 1-year eller 2-years.' })
  milestone!: string;

  @Field({ description: 'ÅÅÅÅ-MM-DD' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'Kod ur vokabulären after-life-status; null tills den är gjord.' })
  status!: string | null;

  @Field()
  livesOn!: string;

  @Field()
  ownerNow!: string;

  @Field()
  evidenceUrl!: string;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  @Field({ description: 'Förfallen och inte gjord.' })
  overdue!: boolean;

  @Field()
  canRecord!: boolean;

  initiativeId!: string;
}

@ObjectType({ description: 'En uppföljning med sin insats, för listor.' })
export class FollowUpWithInitiative extends FollowUp {
  @Field(() => Initiative)
  initiative!: Initiative;
}
