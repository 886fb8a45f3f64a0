import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { VisibilityCode } from '@portal/shared-domain';
import { PersonInput } from '../initiatives/initiative.inputs.js';
import { facetFilterInputType } from '../list/list.model.js';
import { Visibility } from '../tenancy/visibility.js';
import { METHOD_LIST, MethodOrder } from './method-list.definition.js';

@InputType()
export class MethodStepInput {
  @Field()
  title!: string;

  @Field({ defaultValue: '' })
  description!: string;
}

@InputType()
export class MethodRequirementsInput {
  @Field({ defaultValue: '' })
  training!: string;

  @Field({ defaultValue: '' })
  certification!: string;

  @Field({ defaultValue: '' })
  staffing!: string;

  @Field({ defaultValue: '' })
  indicativeCost!: string;
}

@InputType()
export class EvidenceSourceInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'https://…' })
  url?: string | null;

  @Field({ description: 'Kod ur METHOD_SOURCE_KINDS.' })
  kind!: string;
}

@InputType({ description: 'En relation från den här metoden till en annan som du får se.' })
export class MethodRelationInput {
  @Field({ description: 'variant-of eller part-of.' })
  kind!: string;

  @Field(() => ID)
  methodId!: string;
}

@InputType({ description: 'Alla uppgifter om en metod. Vid uppdatering ersätter den helt det som fanns.' })
export class MethodInput {
  @Field()
  name!: string;

  @Field({ defaultValue: '' })
  summary!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  description!: string;

  @Field({ defaultValue: '' })
  problem!: string;

  @Field(() => Visibility, { defaultValue: Visibility.PRIVATE })
  visibility!: VisibilityCode;

  @Field(() => [String], { defaultValue: [] })
  targetGroups!: string[];

  @Field(() => [String], { defaultValue: [] })
  themes!: string[];

  @Field(() => [MethodStepInput], { defaultValue: [] })
  steps!: MethodStepInput[];

  @Field(() => MethodRequirementsInput, { nullable: true })
  requirements?: MethodRequirementsInput | null;

  @Field(() => String, { nullable: true, description: 'Kod ur vokabulären evidence-level, som källorna anger den.' })
  evidenceLevel?: string | null;

  @Field(() => [EvidenceSourceInput], { defaultValue: [] })
  evidenceSources!: EvidenceSourceInput[];

  @Field(() => [MethodRelationInput], { defaultValue: [] })
  relations!: MethodRelationInput[];

  @Field(() => PersonInput, { nullable: true })
  contactPerson?: PersonInput | null;
}

@InputType({ description: 'Filter för metodbanken; inom ett filter räcker ett av värdena, mellan filter måste alla stämma.' })
export class MethodFilter extends facetFilterInputType(METHOD_LIST) {
  @Field({ nullable: true, description: 'Ta med arkiverade metoder (bara den egna organisationens).' })
  includeArchived?: boolean;
}

@ArgsType()
export class MethodsArgs {
  @Field(() => MethodFilter, { nullable: true })
  filter?: MethodFilter | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => MethodOrder, { nullable: true })
  orderBy?: MethodOrder | null;

  @Field(() => Int, { defaultValue: 20, description: 'Högst 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
