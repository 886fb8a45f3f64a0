import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OverlapResolver } from './overlap.resolver.js';
import { OverlapService } from './overlap.service.js';

@Module({
  imports: [AuditModule],
  providers: [OverlapService, OverlapResolver],
})
export class OverlapModule {}
