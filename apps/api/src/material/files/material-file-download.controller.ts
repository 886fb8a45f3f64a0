import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../auth/policy.decorator.js';
import { currentRequestContext } from '../../request/request-context.js';
import { DownloadRefusal, MaterialFileDownloadService } from './material-file-download.service.js';
import { MATERIAL_FILE_SETTINGS, type MaterialFileSettings } from './material-file-settings.js';

/**
 * `GET /api/material-files/download/<token>` and `…/preview/<token>`: the links
 * `createMaterialFileLink` makes (see material-file-urls.ts). Public as a route: the ticket is
 * the credential, and the file is read under its user's row-level security.
 */
@Controller('api/material-files')
export class MaterialFileDownloadController {
  constructor(
    private readonly downloads: MaterialFileDownloadService,
    @Inject(MATERIAL_FILE_SETTINGS) private readonly settings: MaterialFileSettings,
  ) {}

  @Public()
  @Get('download/:token')
  async download(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(token, false, request, response);
  }

  @Public()
  @Get('preview/:token')
  async preview(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(token, true, request, response);
  }

  private async answer(token: string, preview: boolean, request: Request, response: Response): Promise<void> {
    try {
      await this.downloads.send(token, preview, request, response);
    } catch (error) {
      if (response.headersSent) {
        this.settings.logger.error({ err: error, reqId: currentRequestContext()?.requestId }, 'Nedladdningen avbröts');
        response.destroy();
        return;
      }
      const refusal = error instanceof DownloadRefusal ? error : new DownloadRefusal(503, 'Filen kunde inte hämtas just nu. Försök igen om en stund.');
      if (!(error instanceof DownloadRefusal))
        this.settings.logger.error({ err: error, reqId: currentRequestContext()?.requestId }, 'Fel vid nedladdning av fil');
      for (const [name, value] of Object.entries(refusal.headers)) response.setHeader(name, value);
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('X-Robots-Tag', 'noindex');
      response.setHeader('Referrer-Policy', 'no-referrer');
      response.status(refusal.status).type('text/plain; charset=utf-8').send(refusal.message);
    }
  }
}
