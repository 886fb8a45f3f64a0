import { Field, Int, ObjectType } from '@nestjs/graphql';
import { facetsObjectType, PageInfo } from '../list/list.model.js';
import { MATERIAL_LIST } from './material-list.definition.js';
import { Material } from './material.model.js';

@ObjectType()
export class MaterialEdge {
  @Field()
  cursor!: string;

  @Field(() => Material)
  node!: Material;
}

export const MaterialFacets = facetsObjectType(
  'MaterialFacets',
  MATERIAL_LIST,
  'Antal material per filtervärde. Varje filter räknas med de andra filtren tillämpade men inte sig självt, så att alternativen syns.',
);
export type MaterialFacets = InstanceType<typeof MaterialFacets>;

@ObjectType({ description: 'En sida av materialregistret.' })
export class MaterialConnection {
  @Field(() => [MaterialEdge])
  edges!: MaterialEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Antal träffar med alla filter.' })
  totalCount!: number;

  @Field(() => MaterialFacets)
  facets!: MaterialFacets;
}
