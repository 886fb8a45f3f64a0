import { Field, Int, ObjectType } from '@nestjs/graphql';
import { facetsObjectType, PageInfo } from '../list/list.model.js';
import { METHOD_LIST } from './method-list.definition.js';
import { Method } from './method.model.js';

@ObjectType()
export class MethodEdge {
  @Field()
  cursor!: string;

  @Field(() => Method)
  node!: Method;
}

export const MethodFacets = facetsObjectType(
  'MethodFacets',
  METHOD_LIST,
  'Antal metoder per filtervärde. Varje filter räknas med de andra filtren tillämpade men inte sig självt, så att alternativen syns.',
);
export type MethodFacets = InstanceType<typeof MethodFacets>;

@ObjectType({ description: 'En sida av metodbanken.' })
export class MethodConnection {
  @Field(() => [MethodEdge])
  edges!: MethodEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Antal träffar med alla filter.' })
  totalCount!: number;

  @Field(() => MethodFacets)
  facets!: MethodFacets;
}
