import { Module } from '@nestjs/common';
import { ChangeLogService } from '../change-log/change-log.service.js';
import { NetworkModule } from '../networks/network.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { MaterialFileService } from './files/material-file.service.js';
import { MATERIAL_RESOLVERS } from './material.resolver.js';
import { MaterialService } from './material.service.js';

@Module({
  imports: [OrganizationModule, NetworkModule],
  providers: [ChangeLogService, MaterialFileService, MaterialService, ...MATERIAL_RESOLVERS],
  exports: [MaterialService, MaterialFileService],
})
export class MaterialModule {}
