import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ParticipantCount } from '../initiatives/initiative.model.js';

@ObjectType({ description: 'Deltagare efter kön, summerade. Små tal döljs som i registret ("<5", "dolt").' })
export class RegionGenderCounts {
  @Field(() => ParticipantCount)
  women!: ParticipantCount;

  @Field(() => ParticipantCount)
  men!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Annat eller okänt kön.' })
  otherOrUnknown!: ParticipantCount;

  @Field(() => ParticipantCount, { description: 'Summan; "dolt" när en av delarna inte visas exakt.' })
  total!: ParticipantCount;
}

@ObjectType({ description: 'En organisation (kommun eller regionen) och hur många insatser den deltar i.' })
export class RegionOrganizationFigures {
  @Field({ description: 'Organisationens kortform, t.ex. `linkoping`.' })
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: '`municipality` eller `region`.' })
  kind!: string;

  @Field({ description: 'Kommunkod (fyra siffror) eller länskod (två).' })
  municipalityCode!: string;

  @Field(() => Int, { description: 'Insatser där organisationen är ägare eller samverkanspart.' })
  initiativeCount!: number;

  @Field(() => Int, { description: 'Insatser som organisationen äger.' })
  ownedCount!: number;

  @Field(() => RegionGenderCounts, { description: 'Deltagare i insatser som organisationen äger.' })
  participants!: RegionGenderCounts;
}

@ObjectType({ description: 'Beviljade medel från en typ av finansiär.' })
export class RegionFunding {
  @Field({ description: 'Kod i vokabulären `funder-type`.' })
  funderType!: string;

  @Field(() => Float, { description: 'Summan av beviljade finansieringsrader (kr).' })
  amountSek!: number;

  @Field(() => Int, { description: 'Insatser med minst en sådan rad.' })
  initiativeCount!: number;
}

@ObjectType({ description: 'Beviljade medel ett år (insatsens startår) från en typ av finansiär.' })
export class RegionFundingYear {
  @Field(() => Int)
  year!: number;

  @Field()
  funderType!: string;

  @Field(() => Float)
  amountSek!: number;
}

@ObjectType({ description: 'Insatser och beviljade medel inom ett tema.' })
export class RegionThemeFigures {
  @Field({ description: 'Kod i vokabulären `theme`.' })
  theme!: string;

  @Field(() => Int)
  initiativeCount!: number;

  @Field(() => Float, { description: 'Beviljade medel för insatserna med temat (en insats med flera teman räknas i vart och ett).' })
  amountSek!: number;
}

@ObjectType({ description: 'En cell i täckningsmatrisen: ett tema eller en målgrupp i en organisation. Celler med 0 saknas (luckor).' })
export class RegionCoverageCell {
  @Field({ description: 'Temats eller målgruppens kod.' })
  term!: string;

  @Field({ description: 'Organisationens kortform.' })
  organization!: string;

  @Field(() => Int, { description: 'Insatser där organisationen är ägare eller samverkanspart.' })
  count!: number;
}

@ObjectType({ description: 'Vad som levde vidare två år efter slutet: antal avslutade insatser med ett visst utfall.' })
export class RegionAfterLifeCount {
  @Field({
    description: 'Grupp: typ av finansiär eller typ av insats (koden); tom för alla. En insats med flera finansiärer räknas hos var och en.',
  })
  group!: string;

  @Field({
    description:
      'Utfallet i 2-årsuppföljningen (vokabulären `after-life-status`), `not-recorded` när den har förfallit utan att vara registrerad, `not-due` när den inte har förfallit ännu.',
  })
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Uppföljningar av avslutade insatser.' })
export class RegionFollowUpFigures {
  @Field(() => Int, { description: 'Avslutade insatser.' })
  endedCount!: number;

  @Field(() => Int, { description: 'Avslutade insatser med minst en registrerad uppföljning.' })
  endedWithFollowUpCount!: number;

  @Field(() => Int, { description: 'Förfallna uppföljningar (6 månader, 1 år, 2 år) av avslutade insatser.' })
  dueCount!: number;

  @Field(() => Int, { description: 'Av dem: registrerade.' })
  dueRecordedCount!: number;
}

@ObjectType({
  description: 'Regionöversikten: summor över alla insatser du får läsa (radnivåskyddet avgör), med de filter som getts.',
})
export class RegionOverview {
  @Field(() => Int)
  initiativeCount!: number;

  @Field(() => Int, { description: 'Pågående insatser.' })
  runningCount!: number;

  @Field(() => RegionFollowUpFigures)
  followUps!: RegionFollowUpFigures;

  @Field(() => [RegionFunding])
  fundingByFunderType!: RegionFunding[];

  @Field(() => [RegionFundingYear], { description: 'Per startår; insatser utan startdatum ingår inte.' })
  fundingByYear!: RegionFundingYear[];

  @Field(() => [RegionThemeFigures])
  themes!: RegionThemeFigures[];

  @Field(() => [RegionOrganizationFigures], { description: 'Alla organisationer i portalen, även de utan insatser.' })
  organizations!: RegionOrganizationFigures[];

  @Field(() => [RegionCoverageCell])
  themeCoverage!: RegionCoverageCell[];

  @Field(() => [RegionCoverageCell])
  targetGroupCoverage!: RegionCoverageCell[];

  @Field(() => RegionGenderCounts, { description: 'Deltagare i alla insatserna.' })
  participants!: RegionGenderCounts;

  @Field(() => [RegionAfterLifeCount], { description: 'Alla avslutade insatser (`group` tom).' })
  afterLife!: RegionAfterLifeCount[];

  @Field(() => [RegionAfterLifeCount], { description: 'Per typ av finansiär.' })
  afterLifeByFunderType!: RegionAfterLifeCount[];

  @Field(() => [RegionAfterLifeCount], { description: 'Per typ av insats.' })
  afterLifeByKind!: RegionAfterLifeCount[];
}
