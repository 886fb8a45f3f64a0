import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { makeResult, type ErrorLike } from 'urql';
import { fromValue } from 'wonka';
import { AppProviders } from '../app/app-providers';
import { createI18n } from '../i18n/i18n';
import { mockGraphqlClient, type Responder } from '../test/mock-graphql-client';

// Helpers of the networks' specs: a component on a page of its own, with a GraphQL client that
// answers by operation name.

type Operation = Parameters<Responder>[0];

export const operationName = (operation: Operation) => operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;

/** The data of an answer, or its GraphQL errors. */
export type Answer = Record<string, unknown> | { readonly errors: ErrorLike[] };

const isErrors = (answer: Answer): answer is { readonly errors: ErrorLike[] } => Array.isArray(answer['errors']);

/** Answers each operation by name: data, or a GraphQL error (`{ errors }`). Unknown operations get no data. */
export function respondByName(answers: Readonly<Record<string, (variables: Record<string, unknown>) => Answer>>): Responder {
  return (operation) => {
    const answer = answers[operationName(operation) ?? '']?.(operation.variables as Record<string, unknown>);
    if (answer && isErrors(answer)) return fromValue(makeResult(operation, { data: null, errors: answer.errors }));
    return fromValue(makeResult(operation, { data: answer ?? null }));
  };
}

export function renderWithClient(element: ReactNode, responder: Responder) {
  const { client, operations } = mockGraphqlClient(responder);
  const router = createMemoryRouter([{ path: '/', element }]);
  render(
    <AppProviders i18n={createI18n('sv')} graphqlClient={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { operations, router };
}

/** The variables each call of an operation was made with, in order. */
export const callsOf = (operations: readonly Operation[], name: string) =>
  operations.filter((operation) => operationName(operation) === name).map((operation) => operation.variables as Record<string, unknown>);
