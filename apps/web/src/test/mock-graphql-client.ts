import { Client, makeErrorResult, makeResult, type Exchange, type Operation, type OperationResult } from 'urql';
import { filter, fromValue, mergeMap, never, pipe, type Source } from 'wonka';

export type Responder = (operation: Operation) => Source<OperationResult>;

/**
 * A real urql client whose only exchange answers from `respond`: no network, no cache, so every
 * execution (a retry too) reaches the responder. Records the operations it was asked for.
 */
export function mockGraphqlClient(respond: Responder): { client: Client; operations: Operation[] } {
  const operations: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        operations.push(operation);
        return respond(operation);
      }),
    );
  return { client: new Client({ url: 'http://localhost/graphql', exchanges: [exchange] }), operations };
}

export function respondWithData(data: object): Responder {
  return (operation) => fromValue(makeResult(operation, { data }));
}

export function respondWithErrorCode(code: string, message = 'Fel från servern'): Responder {
  return (operation) => fromValue(makeResult(operation, { data: null, errors: [{ message, extensions: { code } }] }));
}

export function respondWithNetworkError(): Responder {
  return (operation) => fromValue(makeErrorResult(operation, new TypeError('Failed to fetch')));
}

/** Never answers: the request stays in flight. */
export function respondNever(): Responder {
  return () => never;
}
