import { Args, Info, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../graphql/selection.js';
import { Public, RequirePermission, SignedIn } from '../auth/policy.decorator.js';
import { Initiative } from '../initiatives/initiative.model.js';
import { Organization } from '../organizations/organization.entity.js';
import { MethodConnection, MethodFacets } from './method-list.model.js';
import { MethodLoaders } from './method-loaders.js';
import { MethodInput, MethodsArgs } from './method.inputs.js';
import { HistoryEntry } from '../change-log/change-log.model.js';
import { Method, MethodOutcomes, MethodRelation, MethodUse, MethodUser } from './method.model.js';
import { MethodService, type MethodConnectionResult } from './method.service.js';

@Resolver(() => Method)
export class MethodResolver {
  constructor(
    private readonly service: MethodService,
    private readonly loaders: MethodLoaders,
  ) {}

  @Public()
  @Query(() => MethodConnection, { description: 'Metodbanken: sök, filtrera och bläddra (markörbaserat). Utan inloggning syns bara publika metoder.' })
  methods(@Args() args: MethodsArgs, @Info() info: GraphQLResolveInfo): Promise<MethodConnectionResult> {
    // Only the selected columns are read and only the selected facets counted.
    return this.service.page(args, selectedFields(info, ['edges', 'node']), selectedFields(info, ['facets']));
  }

  @Public()
  @Query(() => Method, { description: 'En metod. NOT_FOUND både när den saknas och när du inte får se den.' })
  method(@Args('id', { type: () => ID }) id: string): Promise<Method> {
    return this.service.get(id);
  }

  @SignedIn()
  @Query(() => [HistoryEntry], { description: 'Metodens historik, nyast först: vem, när, vilka fält, före och efter.' })
  methodHistory(@Args('id', { type: () => ID }) id: string): Promise<HistoryEntry[]> {
    return this.service.history(id);
  }

  @RequirePermission('method:write')
  @Mutation(() => Method, { description: 'Lägger till en metod i den aktiva organisationens namn.' })
  createMethod(@Args('input') input: MethodInput): Promise<Method> {
    return this.service.create(input);
  }

  @RequirePermission('method:write')
  @Mutation(() => Method, {
    description: 'Ändrar en metod. `version` är den du läste: har någon annan ändrat sedan dess blir det CONFLICT och inget skrivs över.',
  })
  updateMethod(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MethodInput,
  ): Promise<Method> {
    return this.service.update(id, version, input);
  }

  @RequirePermission('method:write')
  @Mutation(() => Method, { description: 'Arkiverar en metod: den försvinner ur metodbanken men finns kvar och kan återställas.' })
  archiveMethod(@Args('id', { type: () => ID }) id: string): Promise<Method> {
    return this.service.setArchived(id, true);
  }

  @RequirePermission('method:write')
  @Mutation(() => Method, { description: 'Återställer en arkiverad metod.' })
  restoreMethod(@Args('id', { type: () => ID }) id: string): Promise<Method> {
    return this.service.setArchived(id, false);
  }

  // Written by the initiative's owner, so the initiative's permission, not the method's.
  @RequirePermission('initiative:write')
  @Mutation(() => Initiative, { description: 'Kopplar en metod (som du får se) till en av din organisations insatser. Redan kopplad: inget händer.' })
  linkInitiativeMethod(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('methodId', { type: () => ID }) methodId: string,
  ): Promise<Initiative> {
    return this.service.link(initiativeId, methodId);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => Initiative, { description: 'Tar bort en metod från en av din organisations insatser.' })
  unlinkInitiativeMethod(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('methodId', { type: () => ID }) methodId: string,
  ): Promise<Initiative> {
    return this.service.unlink(initiativeId, methodId);
  }

  @ResolveField(() => Organization, { description: 'Ägarorganisationen.' })
  organization(@Parent() method: Method): Promise<Organization> {
    return this.loaders.organization(method.organizationId);
  }

  @ResolveField(() => [MethodRelation], { description: 'Relaterade metoder åt båda hållen (variant av, ingår i); bara de du får se.' })
  relations(@Parent() method: Method): Promise<MethodRelation[]> {
    return this.loaders.relations(method);
  }

  @ResolveField(() => [MethodUse], { description: 'Insatser som använder metoden (de du får se), nyast först.' })
  usedBy(@Parent() method: Method): Promise<MethodUse[]> {
    return this.loaders.uses(method.id);
  }

  @ResolveField(() => [MethodUser], { description: 'Organisationer som använder metoden, med kontaktpersoner: fråga dem.' })
  organizationsUsing(@Parent() method: Method): Promise<MethodUser[]> {
    return this.service.organizationsUsing(method.id);
  }

  @ResolveField(() => MethodOutcomes, { description: 'Samlade utfall (arbete, studier) för insatserna som använder metoden.' })
  outcomes(@Parent() method: Method): Promise<MethodOutcomes> {
    return this.service.outcomes(method.id);
  }
}

@Resolver(() => MethodUser)
export class MethodUserResolver {
  constructor(private readonly loaders: MethodLoaders) {}

  @ResolveField(() => Organization)
  organization(@Parent() user: MethodUser): Promise<Organization> {
    return this.loaders.organization(user.organizationId);
  }
}

@Resolver(() => MethodConnection)
export class MethodConnectionResolver {
  constructor(private readonly service: MethodService) {}

  @ResolveField(() => Int)
  async totalCount(@Parent() connection: MethodConnectionResult): Promise<number> {
    return (await this.service.counts(connection)).totalCount;
  }

  @ResolveField(() => MethodFacets)
  async facets(@Parent() connection: MethodConnectionResult): Promise<MethodFacets> {
    return (await this.service.counts(connection)).facets;
  }
}

/** The initiative's side of the link: its methods, from the bank. */
@Resolver(() => Initiative)
export class InitiativeMethodsResolver {
  constructor(private readonly loaders: MethodLoaders) {}

  @ResolveField(() => [Method], { description: 'Metoderna ur metodbanken som insatsen använder (de du får se).' })
  methodRefs(@Parent() initiative: Initiative): Promise<Method[]> {
    return this.loaders.methodRefs(initiative.id);
  }
}
