import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { FacetCount as FacetCountShape, ListDefinition } from './list-definition.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'Ett värde i ett filter och hur många träffar det ger.' })
export class FacetCount implements FacetCountShape {
  @Field({ description: 'Koden (för organisation: kortformen, för startår: året).' })
  value!: string;

  @Field(() => Int)
  count!: number;
}

/** The counted facets: those without a `condition` of their own (see FacetDefinition). */
type FacetsOf<D extends ListDefinition<string, string>> = {
  [K in keyof D['facets'] as D['facets'][K] extends { condition: unknown } ? never : K]: FacetCount[];
};
type FilterOf<D extends ListDefinition<string, string>> = {
  [K in keyof D['facets'] as D['facets'][K]['argument']]?: (D['facets'][K]['values']['kind'] extends 'year' ? number : string)[] | null;
};

/**
 * The GraphQL type of a list's facet counts, one field per facet of the definition, so that a
 * facet is declared once. Names and descriptions are the schema's.
 */
export function facetsObjectType<D extends ListDefinition<string, string>>(name: string, definition: D, description: string): Type<FacetsOf<D>> {
  class Facets {}
  Object.defineProperty(Facets, 'name', { value: name });
  for (const [facet, { condition }] of Object.entries(definition.facets)) if (!condition) Field(() => [FacetCount])(Facets.prototype, facet);
  ObjectType(name, { description })(Facets);
  return Facets as Type<FacetsOf<D>>;
}

/** An abstract input with one nullable list per facet, named after its `argument`; the entity's filter extends it. */
export function facetFilterInputType<D extends ListDefinition<string, string>>(definition: D): Type<FilterOf<D>> {
  abstract class FacetFilter {}
  for (const facet of Object.values(definition.facets)) {
    const description = facet.description ?? (facet.values.kind === 'organization' ? 'Organisationernas kortformer.' : undefined);
    Field(() => [facet.values.kind === 'year' ? Int : String], { nullable: true, description })(FacetFilter.prototype, facet.argument);
  }
  InputType({ isAbstract: true })(FacetFilter);
  return FacetFilter as unknown as Type<FilterOf<D>>;
}
