import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrganizationsQuery } from '../gql/graphql';
import { mockGraphqlClient, respondNever, respondWithData, respondWithErrorCode, respondWithNetworkError } from '../test/mock-graphql-client';
import { renderApp } from '../test/render-app';

const ORGANIZATIONS: OrganizationsQuery = {
  organizations: [
    { id: '1', slug: 'linkoping', name: 'Linköpings kommun', kind: 'MUNICIPALITY', municipalityCode: '0580' },
    { id: '2', slug: 'tranas', name: 'Tranås kommun', kind: 'MUNICIPALITY', municipalityCode: '0687' },
    { id: '3', slug: 'region-ostergotland', name: 'Region Östergötland', kind: 'REGION', municipalityCode: '05' },
  ],
};

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

describe('organisations page', () => {
  it('shows a loading status while the organisations are fetched', async () => {
    const { client } = mockGraphqlClient(respondNever());
    renderApp({ path: '/organisationer', graphqlClient: client });

    // First the page's own chunk is fetched, then its query.
    expect((await screen.findByText('Hämtar organisationer …')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the organisations in a captioned table with Swedish kind labels', async () => {
    const { client, operations } = mockGraphqlClient(respondWithData(ORGANIZATIONS));
    renderApp({ path: '/organisationer', graphqlClient: client });

    const table = await screen.findByRole('table', { name: 'Organisationer i portalen' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Organisation', 'Typ', 'Kommunkod']);
    expect(rowsOf(table)).toEqual([
      ['Linköpings kommun', 'Kommun', '0580'],
      ['Tranås kommun', 'Kommun', '0687'],
      ['Region Östergötland', 'Region', '05'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Linköpings kommun' })).toBeTruthy();
    expect(operations[0]?.query.definitions[0]).toMatchObject({ name: { value: 'Organizations' } });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('labels the kinds in English when the interface is English', async () => {
    const { client } = mockGraphqlClient(respondWithData(ORGANIZATIONS));
    renderApp({ path: '/organisationer', graphqlClient: client, locale: 'en' });

    const table = await screen.findByRole('table', { name: 'Organisations in the portal' });
    expect(rowsOf(table).map((row) => row[1])).toEqual(['Municipality', 'Municipality', 'Region']);
  });

  it('tells in Swedish that access is denied for FORBIDDEN, and retries on request', async () => {
    const denied = respondWithErrorCode('FORBIDDEN', 'Forbidden resource');
    const allowed = respondWithData(ORGANIZATIONS);
    // Only a retry, which bypasses the cache, gets through.
    const { client, operations } = mockGraphqlClient((operation) =>
      operation.context.requestPolicy === 'network-only' ? allowed(operation) : denied(operation),
    );
    renderApp({ path: '/organisationer', graphqlClient: client });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Du har inte behörighet att göra det här.')).toBeTruthy();
    expect(alert.textContent).not.toContain('Forbidden resource');
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(operations.filter((operation) => operation.context.requestPolicy === 'network-only')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Organisationer' }));
  });

  it('says the service is unavailable when the request never reaches the API', async () => {
    const { client } = mockGraphqlClient(respondWithNetworkError());
    renderApp({ path: '/organisationer', graphqlClient: client });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.');
  });

  it('falls back to the general message for an unknown error code', async () => {
    const { client } = mockGraphqlClient(respondWithErrorCode('SOMETHING_ELSE'));
    renderApp({ path: '/organisationer', graphqlClient: client });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Något gick fel hos oss.');
  });

  it('says so when there are no organisations', async () => {
    const { client } = mockGraphqlClient(respondWithData({ organizations: [] }));
    renderApp({ path: '/organisationer', graphqlClient: client });

    expect(await screen.findByText('Det finns inga organisationer att visa.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
