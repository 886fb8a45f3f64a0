import { useMemo, type ReactNode } from 'react';
import { Provider as GraphqlProvider } from 'urql';
import { createGraphqlClient } from '../graphql/create-graphql-client';
import { useRequestHeaders } from './request-headers';

/**
 * A GraphQL client that sends the current access token and chosen organisation. It is made anew
 * when either changes, so cached answers of one user or organisation are never shown for another.
 */
export function AuthenticatedGraphqlProvider({ children }: { readonly children: ReactNode }) {
  const headers = useRequestHeaders();
  const client = useMemo(() => createGraphqlClient(undefined, headers), [headers]);
  return <GraphqlProvider value={client}>{children}</GraphqlProvider>;
}
