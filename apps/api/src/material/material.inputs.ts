import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { VisibilityCode } from '@portal/shared-domain';
import { facetFilterInputType } from '../list/list.model.js';
import { Visibility } from '../tenancy/visibility.js';
import { MATERIAL_LIST, MaterialOrder } from './material-list.definition.js';

@InputType({ description: 'Alla uppgifter om ett material (utom filerna). Vid uppdatering ersätter den helt det som fanns.' })
export class MaterialInput {
  @Field()
  title!: string;

  @Field({ description: 'Kod ur MATERIAL_KINDS.' })
  kind!: string;

  @Field({ defaultValue: '' })
  summary!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  description!: string;

  @Field(() => [String], { defaultValue: [] })
  themes!: string[];

  @Field(() => [String], { defaultValue: [] })
  audiences!: string[];

  @Field({ defaultValue: 'sv' })
  language!: string;

  @Field({ defaultValue: 'free-adapt' })
  licence!: string;

  @Field(() => Visibility, { defaultValue: Visibility.PRIVATE })
  visibility!: VisibilityCode;

  @Field({ defaultValue: '', description: 'Tomt: den som skapar materialet.' })
  responsibleName!: string;

  @Field({ defaultValue: '', description: 'Tomt: den som skapar materialet.' })
  responsibleEmail!: string;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD.' })
  validTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Granskningscykel i månader (6, 12, 24 eller 36).' })
  reviewCycleMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD. Tomt med en cykel: i dag plus cykeln.' })
  nextReviewOn?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Insatser som tagit fram materialet (som du får se).' })
  initiativeIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Metoder materialet hör till (som du får se).' })
  methodIds!: string[];
}

@InputType({ description: 'En ny version: alla filer den ska ha, i ordning (filer från förra versionen och nyuppladdade), och vad som ändrats.' })
export class MaterialVersionInput {
  @Field(() => [ID], { description: 'Filernas id: uppladdade med POST /api/material-files, eller filer i materialets aktuella version.' })
  fileIds!: string[];

  @Field({ defaultValue: '' })
  note!: string;
}

@InputType({ description: 'Filter för materialregistret; inom ett filter räcker ett av värdena, mellan filter måste alla stämma.' })
export class MaterialFilter extends facetFilterInputType(MATERIAL_LIST) {
  @Field({ nullable: true, description: 'Ta med arkiverade material (bara den egna organisationens).' })
  includeArchived?: boolean;
}

@ArgsType()
export class MaterialsArgs {
  @Field(() => MaterialFilter, { nullable: true })
  filter?: MaterialFilter | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => MaterialOrder, { nullable: true })
  orderBy?: MaterialOrder | null;

  @Field(() => Int, { defaultValue: 20, description: 'Högst 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
