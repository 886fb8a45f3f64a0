import { Module } from '@nestjs/common';
import { RegionOverviewResolver } from './region-overview.resolver.js';
import { RegionOverviewService } from './region-overview.service.js';

@Module({ providers: [RegionOverviewService, RegionOverviewResolver] })
export class RegionOverviewModule {}
