import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Filter för regionöversikten; utelämnade fält filtrerar inte.' })
export class RegionOverviewFilter {
  @Field(() => Int, { nullable: true, description: 'Insatser som pågår någon gång från och med detta år.' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Insatser som har startat senast detta år.' })
  toYear?: number | null;

  @Field(() => [String], { nullable: true, description: 'Teman (koder): insatser med minst ett av dem.' })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Målgrupper (koder).' })
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Typer av finansiär (koder); medlen räknas då bara från de typerna.' })
  funderTypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Typer av insats (koder).' })
  kinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Ägarorganisationer (kortformer).' })
  organizations?: string[] | null;
}
