import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ChangeLogService } from '../change-log/change-log.service.js';
import { OverlapResolver } from './overlap.resolver.js';
import { OverlapService } from './overlap.service.js';

@Module({
  imports: [AuditModule],
  providers: [ChangeLogService, OverlapService, OverlapResolver],
})
export class OverlapModule {}
