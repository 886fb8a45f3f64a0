import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/policy.decorator.js';
import { Initiative } from '../initiatives/initiative.model.js';
import { OverlapDecisionInput, OverlapDraftInput, OverlapPairsArgs } from './overlap.inputs.js';
import { OverlapCandidate, OverlapDecision, OverlapPairPage } from './overlap.model.js';
import { OverlapService } from './overlap.service.js';

@ObjectType({ description: 'Regionens beslut om ett par som insatsen ingår i, med den andra insatsen.' })
export class OverlapDecisionEntry {
  @Field(() => Initiative)
  other!: Initiative;

  @Field(() => OverlapDecision)
  decision!: OverlapDecision;
}

@Resolver()
export class OverlapResolver {
  constructor(private readonly service: OverlapService) {}

  @SignedIn()
  @Query(() => [OverlapCandidate], {
    description: 'Möjlig överlappning: de insatser du får se som troligast överlappar denna, med band och skäl. NOT_FOUND om du inte får se insatsen.',
  })
  initiativeOverlaps(
    @Args('id', { type: () => ID }) id: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<OverlapCandidate[]> {
    return this.service.candidates(id, first);
  }

  @SignedIn()
  @Query(() => [OverlapCandidate], { description: 'Liknande initiativ till det som fylls i (formuläret för ett nytt initiativ).' })
  similarInitiatives(@Args('draft') draft: OverlapDraftInput, @Args('first', { type: () => Int, defaultValue: 5 }) first: number): Promise<OverlapCandidate[]> {
    return this.service.similar(draft, first);
  }

  @SignedIn()
  @Query(() => [OverlapDecisionEntry], { description: 'Regionens beslut om par som insatsen ingår i (bara par där du får se båda insatserna).' })
  initiativeOverlapDecisions(@Args('id', { type: () => ID }) id: string): Promise<OverlapDecisionEntry[]> {
    return this.service.decisionsFor(id);
  }

  @RequirePermission('region:overview')
  @Query(() => OverlapPairPage, { description: 'Regionens lista: möjligt överlappande par i olika organisationer, högst först.' })
  overlapPairs(@Args() args: OverlapPairsArgs): Promise<OverlapPairPage> {
    return this.service.pairs(args);
  }

  @RequirePermission('region:overview')
  @Mutation(() => OverlapDecision, {
    description: 'Beslutar om ett par (samordna, redan samordnade, ingen överlappning, slå ihop). Ersätter ett tidigare beslut.',
  })
  decideOverlap(@Args('input') input: OverlapDecisionInput): Promise<OverlapDecision> {
    return this.service.decide(input);
  }

  @RequirePermission('region:overview')
  @Mutation(() => Boolean, { description: 'Öppnar ett beslutat par igen. False om paret inte hade något beslut.' })
  reopenOverlap(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('otherInitiativeId', { type: () => ID }) otherInitiativeId: string,
  ): Promise<boolean> {
    return this.service.reopen(initiativeId, otherInitiativeId);
  }
}
