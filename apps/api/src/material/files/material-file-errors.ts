import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_MESSAGES, type ErrorCode } from '@portal/shared-domain';
import { databaseUnavailable } from '../../graphql/format-error.js';
import { PortalError } from '../../graphql/portal-error.js';
import { currentRequestContext } from '../../request/request-context.js';
import { MATERIAL_FILE_SETTINGS, type MaterialFileSettings } from './material-file-settings.js';

/** An answer of the file routes that is not a success: status, code (ERROR_CODES) and the words in both languages. */
export class FileRouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly sv: string,
    readonly en: string = sv,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(sv);
    this.name = 'FileRouteError';
  }
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'BAD_USER_INPUT',
};

/** The uploader's language: Accept-Language `en…` or Swedish. */
function localeOf(request: Request): 'sv' | 'en' {
  return currentRequestContext()?.locale ?? (/^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'sv');
}

/**
 * Every failure of the upload route as `{ "error": { "code", "message" } }`: the file routes are
 * plain HTTP, so the guard's and the services' PortalErrors are turned into that shape here.
 * A PortalError's Swedish message has no English twin: in English the code's generic words.
 */
@Catch()
@Injectable()
export class FileErrorFilter implements ExceptionFilter {
  constructor(@Inject(MATERIAL_FILE_SETTINGS) private readonly settings: MaterialFileSettings) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const locale = localeOf(request);
    let status = 500;
    let code: ErrorCode = 'INTERNAL';
    let message = ERROR_MESSAGES.INTERNAL[locale];
    let headers: Readonly<Record<string, string>> = {};
    if (exception instanceof FileRouteError) {
      ({ status, code, headers } = exception);
      message = locale === 'en' ? exception.en : exception.sv;
    } else if (exception instanceof PortalError) {
      code = exception.code;
      status = STATUS_OF[code] ?? 500;
      message = locale === 'en' ? ERROR_MESSAGES[code].en : exception.message;
      const retry = exception.extensions['retryAfterSeconds'];
      if (typeof retry === 'number') headers = { 'Retry-After': String(retry) };
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      code = CODE_OF_STATUS[status] ?? 'INTERNAL';
      message = ERROR_MESSAGES[code][locale];
    } else if (databaseUnavailable(exception)) {
      this.settings.logger.error({ err: exception }, 'Databasen kunde inte nås under en filförfrågan');
      status = 503;
      code = 'SERVICE_UNAVAILABLE';
      message = ERROR_MESSAGES.SERVICE_UNAVAILABLE[locale];
    } else {
      this.settings.logger.error({ err: exception, reqId: currentRequestContext()?.requestId }, 'Oväntat fel i en filförfrågan');
    }
    if (response.headersSent) {
      // Halfway through a download: all that is left is to cut the connection.
      response.destroy();
      return;
    }
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    // Refused before the body was read (too large, wrong type): Node discards the rest, then closes.
    if (!request.complete) response.setHeader('Connection', 'close');
    response.setHeader('Cache-Control', 'no-store');
    response.status(status).json({ error: { code, message } });
  }
}
