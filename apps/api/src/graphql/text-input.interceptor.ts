import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Observable } from 'rxjs';
import { badUserInput } from './portal-error.js';

/**
 * Argument paths (dot-separated, array indexes left out) where bad characters are simply removed:
 * a search text loses nothing by it. Everywhere else the user is told, since stripping a stored
 * text would silently change what they wrote.
 */
const STRIPPED_PATHS = new Set(['search']);

// NUL (PostgreSQL refuses it in text and jsonb) and UTF-16 halves without their partner.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_TEXT_GLOBAL = new RegExp(BAD_TEXT.source, 'g');

const MESSAGE = 'Texten innehåller tecken som inte kan sparas (NUL-tecken eller trasig Unicode). Ta bort dem och försök igen.';

/**
 * One check for every text that reaches a resolver, whatever the field: GraphQL arguments, from
 * variables or literals, are walked before any pipe or resolver sees them.
 */
@Injectable()
export class TextInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const args: unknown = GqlExecutionContext.create(context).getArgs();
      const errors: Record<string, string> = {};
      sanitize(args, [], [], errors);
      // The field errors carry the paths for the form; the message itself stays plain Swedish.
      const count = Object.keys(errors).length;
      if (count > 0) throw badUserInput(count === 1 ? MESSAGE : `Rätta ${count} fält som är markerade. ${MESSAGE}`, errors);
    }
    return next.handle();
  }
}

/** Checks (and, on stripped paths, cleans) every string under `value`, in place. */
function sanitize(value: unknown, path: string[], names: string[], errors: Record<string, string>): void {
  if (value === null || typeof value !== 'object') return;
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, item] of entries) {
    const itemPath = [...path, key];
    const itemNames = Array.isArray(value) ? names : [...names, key];
    if (typeof item === 'string') {
      if (!BAD_TEXT.test(item)) continue;
      if (STRIPPED_PATHS.has(itemNames.join('.'))) (value as Record<string, unknown>)[key] = item.replace(BAD_TEXT_GLOBAL, '');
      // Field errors are keyed relative to the input object, as the validators key them.
      else errors[(itemPath[0] === 'input' ? itemPath.slice(1) : itemPath).join('.')] = MESSAGE;
    } else {
      sanitize(item, itemPath, itemNames, errors);
    }
  }
}
