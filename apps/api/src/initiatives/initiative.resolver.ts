import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../graphql/selection.js';
import { Public, RequirePermission, SignedIn } from '../auth/policy.decorator.js';
import { HistoryEntry } from '../change-log/change-log.model.js';
import { Organization } from '../organizations/organization.entity.js';
import { FollowUpInput, InitiativeInput, InitiativeRelationInput, InitiativesArgs } from './initiative.inputs.js';
import { FollowUp, FollowUpWithInitiative, Initiative, InitiativeRelation, Partner, PearlString } from './initiative.model.js';
import { InitiativeConnection, InitiativeFacets } from './initiative-list.model.js';
import { InitiativeLoaders } from './initiative-loaders.js';
import { InitiativeSearchService, type InitiativeConnectionResult } from './initiative-search.service.js';
import { InitiativeService } from './initiative.service.js';

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(
    private readonly service: InitiativeService,
    private readonly search: InitiativeSearchService,
    private readonly loaders: InitiativeLoaders,
  ) {}

  @Public()
  @Query(() => InitiativeConnection, {
    description: 'Registret: sök, filtrera och bläddra (markörbaserat). Utan inloggning syns bara publika insatser.',
  })
  initiatives(@Args() args: InitiativesArgs, @Info() info: GraphQLResolveInfo): Promise<InitiativeConnectionResult> {
    // Only the columns the node selects are read, and only the facets the query selects are counted.
    const connection = selectedFields(info, []);
    return this.search.page(
      args,
      selectedFields(info, ['edges', 'node']),
      selectedFields(info, ['facets']),
      connection.has('totalCount') || connection.has('facets'),
    );
  }

  @Public()
  @Query(() => Initiative, { description: 'En insats. NOT_FOUND både när den saknas och när du inte får se den.' })
  initiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative> {
    return this.service.get(id);
  }

  @SignedIn()
  @Query(() => [HistoryEntry], { description: 'Insatsens historik, nyast först: vem, när, vilka fält, före och efter.' })
  initiativeHistory(@Args('id', { type: () => ID }) id: string): Promise<HistoryEntry[]> {
    return this.service.history(id);
  }

  @RequirePermission('initiative:write')
  @Query(() => [FollowUpWithInitiative], {
    description: 'Uppföljningar som är förfallna eller förfaller inom 60 dagar, för den aktiva organisationens insatser.',
  })
  myFollowUps(): Promise<FollowUpWithInitiative[]> {
    return this.service.myFollowUps();
  }

  @RequirePermission('region:overview')
  @Query(() => [FollowUpWithInitiative], { description: 'Förfallna uppföljningar i hela regionen (det som är synligt för regionen).' })
  overdueFollowUps(): Promise<FollowUpWithInitiative[]> {
    return this.service.overdueFollowUps();
  }

  @RequirePermission('initiative:write')
  @Mutation(() => Initiative, { description: 'Registrerar en insats i den aktiva organisationen.' })
  createInitiative(@Args('input') input: InitiativeInput): Promise<Initiative> {
    return this.service.create(input);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => Initiative, {
    description: 'Ändrar en insats. `version` är den du läste: har någon annan ändrat sedan dess blir det CONFLICT och inget skrivs över.',
  })
  updateInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: InitiativeInput,
  ): Promise<Initiative> {
    return this.service.update(id, version, input);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => Initiative, { description: 'Arkiverar en insats: den försvinner ur registret men finns kvar och kan återställas.' })
  archiveInitiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative> {
    return this.service.setArchived(id, true);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => Initiative, { description: 'Återställer en arkiverad insats.' })
  restoreInitiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative> {
    return this.service.setArchived(id, false);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => InitiativeRelation, { description: 'Kopplar en av din organisations insatser till en annan (bygger på, efterföljer, ingår i).' })
  addInitiativeRelation(@Args('input') input: InitiativeRelationInput): Promise<InitiativeRelation> {
    return this.service.addRelation(input);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => Boolean, { description: 'Tar bort en relation. Det får ägarna av insatserna i båda ändar: den som lade till den och den den lades till på.' })
  removeInitiativeRelation(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.removeRelation(id);
  }

  @RequirePermission('initiative:write')
  @Mutation(() => FollowUp, { description: 'Registrerar en uppföljning: vad som lever kvar, vem som äger det nu och underlag.' })
  recordFollowUp(@Args('id', { type: () => ID }) id: string, @Args('input') input: FollowUpInput): Promise<FollowUp> {
    return this.service.recordFollowUp(id, input);
  }

  @ResolveField(() => Organization, { description: 'Ägarorganisationen.' })
  organization(@Parent() initiative: Initiative): Promise<Organization> {
    return this.loaders.organization(initiative.organizationId);
  }

  @ResolveField(() => [Partner])
  partners(@Parent() initiative: Initiative): Promise<Partner[]> {
    return this.loaders.partners(initiative);
  }

  @ResolveField(() => [InitiativeRelation], { description: 'Relationer åt båda hållen (det du får se).' })
  relations(@Parent() initiative: Initiative): Promise<InitiativeRelation[]> {
    return this.loaders.relations(initiative.id);
  }

  @ResolveField(() => PearlString, { description: 'Hela pärlbandet: föregångare och efterföljare i flera led.' })
  pearlString(@Parent() initiative: Initiative): Promise<PearlString> {
    return this.service.pearlString(initiative.id);
  }

  @ResolveField(() => [FollowUp], { description: 'Uppföljningarna efter projektslut (+6 mån, +1 år, +2 år).' })
  followUps(@Parent() initiative: Initiative): Promise<FollowUp[]> {
    return this.loaders.followUps(initiative.id);
  }
}

@Resolver(() => InitiativeRelation)
export class InitiativeRelationResolver {
  constructor(private readonly loaders: InitiativeLoaders) {}

  /** Organisations are public in the portal and loaded once per request, so this costs no query per relation. */
  @ResolveField(() => Organization, { description: 'Organisationen som lade till relationen (ägaren av insatsen i dess `from`-ände).' })
  addedBy(@Parent() relation: InitiativeRelation): Promise<Organization> {
    return this.loaders.organization(relation.addedByOrganizationId);
  }
}

@Resolver(() => InitiativeConnection)
export class InitiativeConnectionResolver {
  constructor(private readonly search: InitiativeSearchService) {}

  @ResolveField(() => Int)
  async totalCount(@Parent() connection: InitiativeConnectionResult): Promise<number> {
    return (await this.search.facets(connection)).totalCount;
  }

  @ResolveField(() => InitiativeFacets)
  async facets(@Parent() connection: InitiativeConnectionResult): Promise<InitiativeFacets> {
    return (await this.search.facets(connection)).facets;
  }
}
