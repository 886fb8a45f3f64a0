import { type DynamicModule, Global, Module } from '@nestjs/common';
import { FileErrorFilter } from './material-file-errors.js';
import { MaterialFileDownloadController } from './material-file-download.controller.js';
import { MaterialFileDownloadService } from './material-file-download.service.js';
import { MATERIAL_FILE_SETTINGS, type MaterialFileSettings } from './material-file-settings.js';
import { MaterialFileUploadController } from './material-file-upload.controller.js';
import { MaterialFileUploadService } from './material-file-upload.service.js';

/**
 * The file routes of shared material: upload (staged files) and download by ticket. The jobs run
 * in the queue worker. The settings are global, so the material module's GraphQL side knows
 * whether a scanner is configured (a new scan is asked of it only then).
 */
@Global()
@Module({})
export class MaterialFileRoutesModule {
  static forRoot(settings: MaterialFileSettings): DynamicModule {
    return {
      module: MaterialFileRoutesModule,
      controllers: [MaterialFileUploadController, MaterialFileDownloadController],
      providers: [{ provide: MATERIAL_FILE_SETTINGS, useValue: settings }, FileErrorFilter, MaterialFileUploadService, MaterialFileDownloadService],
      exports: [MATERIAL_FILE_SETTINGS],
    };
  }
}
