import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { formatGraphQLError, stripSuggestions } from './format-error.js';
import { PortalError, badUserInput } from './portal-error.js';

function format(error: unknown, code?: string, message = 'x') {
  const logger = { error: vi.fn() };
  const formatted = formatGraphQLError({ message, extensions: code ? { code } : {}, path: ['q'] }, error, logger);
  return { formatted, logger };
}

class FakeHttpException extends Error {
  constructor(private readonly status: number) {
    super('Forbidden resource');
  }
  getStatus(): number {
    return this.status;
  }
}

describe('formatGraphQLError', () => {
  it('passes our own errors through with their code, message and field errors', () => {
    const error = badUserInput('Slutdatum före startdatum.', { endDate: 'Slutdatum måste vara efter startdatum.' });
    const { formatted } = format(new GraphQLError('wrapped', { originalError: error }));
    expect(formatted).toEqual({
      message: 'Slutdatum före startdatum.',
      path: ['q'],
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: { endDate: 'Slutdatum måste vara efter startdatum.' } },
    });
  });

  it('hides unexpected errors behind INTERNAL and logs them', () => {
    const leak = new Error('duplicate key value violates unique constraint "UQ_x" at /work/main/apps/api/dist/x.js:1:2');
    const { formatted, logger } = format(new GraphQLError(leak.message, { originalError: leak }), 'INTERNAL_SERVER_ERROR', leak.message);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
    expect(formatted.message).not.toContain('duplicate');
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('maps database outages to SERVICE_UNAVAILABLE', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { formatted } = format(new GraphQLError(down.message, { originalError: down }));
    expect(formatted).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(formatted.message).not.toContain('127.0.0.1');
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(format(new GraphQLError('x', { originalError: new FakeHttpException(403) })).formatted.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(format(new GraphQLError('x', { originalError: new FakeHttpException(401) })).formatted.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(format(new GraphQLError('x', { originalError: new FakeHttpException(429) })).formatted.extensions).toEqual({ code: 'RATE_LIMITED' });
  });

  it('maps parse and validation failures to INVALID_QUERY without suggestions', () => {
    const { formatted } = format(
      new GraphQLError('v'),
      'GRAPHQL_VALIDATION_FAILED',
      'Cannot query field "organisations" on type "Query". Did you mean "organizations"?',
    );
    expect(formatted).toEqual({
      message: 'Frågan är ogiltig: Cannot query field "organisations" on type "Query".',
      path: ['q'],
      extensions: { code: 'INVALID_QUERY' },
    });
  });

  it('keeps the limit rules’ code even though Apollo relabels validation errors', () => {
    const rule = new GraphQLError('Frågan är för djup: högst 10 nivåer är tillåtna.', { extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const relabelled = new GraphQLError(rule.message, { originalError: rule, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(relabelled, 'GRAPHQL_VALIDATION_FAILED', rule.message).formatted.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('does not trust a code on a foreign error', () => {
    const sneaky = new GraphQLError('SELECT * FROM secrets', { extensions: { code: 'CONFLICT' } });
    expect(format(sneaky, 'CONFLICT', sneaky.message).formatted.extensions).toEqual({ code: 'INTERNAL' });
    expect(new PortalError('CONFLICT', 'Ändrad av någon annan.').code).toBe('CONFLICT');
  });
});

describe('stripSuggestions', () => {
  it('removes every "Did you mean" hint', () => {
    expect(stripSuggestions('Unknown argument "slg". Did you mean "slug"?')).toBe('Unknown argument "slg".');
    expect(stripSuggestions('Value "X" does not exist in "Kind" enum. Did you mean the enum value "MUNICIPALITY" or "REGION"?')).toBe(
      'Value "X" does not exist in "Kind" enum.',
    );
  });
});
