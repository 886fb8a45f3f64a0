import type { Client, TypedDocumentNode } from 'urql';
import type { ListConnection, ListPage } from './list-query';

export const EXPORT_PAGE_SIZE = 100;
/** Beyond this an export is a data dump, not a result; keeps the browser and the API responsive. */
export const EXPORT_MAX = 5000;

/** Every page of the current result, fetched fresh (not from the cache) up to EXPORT_MAX. */
export async function fetchWholeResult<TData, TVariables extends object, TNode>(
  client: Client,
  query: TypedDocumentNode<TData, TVariables>,
  variablesFor: (page: ListPage) => TVariables,
  connectionOf: (data: TData) => ListConnection<TNode>,
): Promise<{ nodes: TNode[]; totalCount: number }> {
  const nodes: TNode[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const result = await client
      .query(query, variablesFor({ first: EXPORT_PAGE_SIZE, after, withFacets: false }), { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    if (!result.data) throw new Error('No data in the export answer');
    const connection = connectionOf(result.data);
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((edge) => edge.node));
    after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  } while (after && nodes.length < EXPORT_MAX);
  return { nodes: nodes.slice(0, EXPORT_MAX), totalCount };
}

/** Saves a file through a temporary link: works under the CSP and in every browser we support. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
