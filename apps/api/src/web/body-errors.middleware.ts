import type { NextFunction, Request, Response } from 'express';
import type { ErrorCode } from '@portal/shared-domain';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * body-parser rejects a body before GraphQL sees it; answer in the same shape and vocabulary as
 * GraphQL errors (a code from ERROR_CODES, a Swedish message) instead of Express' English text.
 */
export function bodyErrorsMiddleware(maxBody: string) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const type = (error as BodyParserError | undefined)?.type;
    const reply = (status: number, code: ErrorCode, message: string) => {
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    };
    if (type === 'entity.too.large') return reply(413, 'QUERY_TOO_COMPLEX', `Förfrågan är för stor (högst ${maxBody}).`);
    if (type === 'entity.parse.failed') return reply(400, 'INVALID_QUERY', 'Förfrågan är inte giltig JSON.');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') return reply(415, 'INVALID_QUERY', 'Förfrågan måste vara UTF-8-kodad JSON.');
    next(error);
  };
}
