import { Controller, HttpCode, Post, Query, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { SignedIn } from '../../auth/policy.decorator.js';
import { FileErrorFilter } from './material-file-errors.js';
import { MaterialFileUploadService, type UploadedFileReply } from './material-file-upload.service.js';

/**
 * `POST /api/material-files?name=<file name>` with the file itself as the body
 * (`application/octet-stream`, not multipart: nothing parses or buffers it). The file is staged
 * for the organisation until a version of a material takes it in (GraphQL).
 */
@Controller('api/material-files')
@UseFilters(FileErrorFilter)
export class MaterialFileUploadController {
  constructor(private readonly uploads: MaterialFileUploadService) {}

  @SignedIn()
  @Post()
  @HttpCode(201)
  async upload(@Req() request: Request, @Query('name') name: unknown): Promise<UploadedFileReply> {
    return this.uploads.store(request, typeof name === 'string' ? name : undefined);
  }
}
