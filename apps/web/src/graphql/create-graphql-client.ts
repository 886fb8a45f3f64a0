import { Client, cacheExchange, fetchExchange } from 'urql';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Headers for every request: the bearer token and the chosen organisation, when there are any. */
export type RequestHeaders = () => Record<string, string>;

export function createGraphqlClient(url: string = GRAPHQL_ENDPOINT, headers: RequestHeaders = () => ({})): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // urql sends short queries as GET by default; the API's CSRF prevention only accepts
    // requests that carry a JSON content type, so always POST.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: headers() }),
  });
}
