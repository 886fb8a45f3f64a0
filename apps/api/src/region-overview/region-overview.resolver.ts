import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorator.js';
import { RegionOverviewFilter } from './region-overview.inputs.js';
import { RegionOverview } from './region-overview.model.js';
import { RegionOverviewService } from './region-overview.service.js';

@Resolver(() => RegionOverview)
export class RegionOverviewResolver {
  constructor(private readonly service: RegionOverviewService) {}

  @Public()
  @Query(() => RegionOverview, {
    description:
      'Regionöversikten: antal, medel, täckning, deltagare och vad som levde vidare, över de insatser du får läsa. Utan inloggning räknas bara publika insatser. Deltagarantal maskeras som i registret.',
  })
  regionOverview(@Args('filter', { type: () => RegionOverviewFilter, nullable: true }) filter?: RegionOverviewFilter | null): Promise<RegionOverview> {
    return this.service.overview(filter);
  }
}
