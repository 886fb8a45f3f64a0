import type { Client, OperationResult } from 'urql';
import type { RegisterInitiativesQuery } from '../../gql/graphql';
import { registerInitiativesQuery } from './register-queries';
import type { RegisterQueryVariables } from './register-params';
import type { RegisterInitiative } from './export-table';

export const EXPORT_PAGE_SIZE = 100;
/** Beyond this an export is a data dump, not a result; keeps the browser and the API responsive. */
export const EXPORT_MAX = 5000;

/** Every page of the current result, fetched fresh (not from the cache) up to EXPORT_MAX. */
export async function fetchWholeResult(
  client: Client,
  variables: RegisterQueryVariables,
): Promise<{ initiatives: RegisterInitiative[]; totalCount: number }> {
  const initiatives: RegisterInitiative[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const result: OperationResult<RegisterInitiativesQuery> = await client
      .query(registerInitiativesQuery, { ...variables, first: EXPORT_PAGE_SIZE, after, withFacets: false }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    const connection = result.data?.initiatives;
    if (!connection) throw new Error('No data in the export answer');
    totalCount = connection.totalCount;
    initiatives.push(...connection.edges.map((edge) => edge.node));
    after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  } while (after && initiatives.length < EXPORT_MAX);
  return { initiatives: initiatives.slice(0, EXPORT_MAX), totalCount };
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
