import { Client, cacheExchange, fetchExchange } from 'urql';

export const GRAPHQL_ENDPOINT = '/graphql';

export function createGraphqlClient(url: string = GRAPHQL_ENDPOINT): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // urql sends short queries as GET by default; the API's CSRF prevention only accepts
    // requests that carry a JSON content type, so always POST.
    preferGetMethod: false,
  });
}
