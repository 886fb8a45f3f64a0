export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown }>;
  };
  headers: Headers;
}

/** POSTs a GraphQL operation the way the web app does (JSON, so Apollo's CSRF check passes). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GraphQLResponse<T>['body'];
  try {
    body = JSON.parse(text) as GraphQLResponse<T>['body'];
  } catch {
    throw new Error(`Not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
  return { status: response.status, body, headers: response.headers };
}

export function errorCodes(response: GraphQLResponse): string[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
}
