import { Field, Int, ObjectType } from '@nestjs/graphql';
import { facetsObjectType, PageInfo } from '../list/list.model.js';
import { INITIATIVE_LIST } from './initiative-list.definition.js';
import { Initiative } from './initiative.model.js';

@ObjectType()
export class InitiativeEdge {
  @Field()
  cursor!: string;

  @Field(() => Initiative)
  node!: Initiative;
}

export const InitiativeFacets = facetsObjectType(
  'InitiativeFacets',
  INITIATIVE_LIST,
  'Antal träffar per filtervärde. Varje filter räknas med de andra filtren tillämpade men inte sig självt, så att alternativen syns.',
);
export type InitiativeFacets = InstanceType<typeof InitiativeFacets>;

@ObjectType({ description: 'En sida av registret.' })
export class InitiativeConnection {
  @Field(() => [InitiativeEdge])
  edges!: InitiativeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Antal träffar med alla filter.' })
  totalCount!: number;

  @Field(() => InitiativeFacets)
  facets!: InitiativeFacets;
}
