import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { makeResult } from 'urql';
import { fromValue } from 'wonka';
import { describe, expect, it } from 'vitest';
import type { RegisterInitiativesQuery } from '../../gql/graphql';
import { mockGraphqlClient, respondNever, respondWithErrorCode, type Responder } from '../../test/mock-graphql-client';
import { renderApp } from '../../test/render-app';
import type { RegisterInitiative } from './export-table';

const node = (n: number): RegisterInitiative => ({
  id: `id-${n}`,
  title: `Initiativ ${n}`,
  summary: '',
  status: 'ongoing',
  kind: 'pilot',
  visibility: 'PUBLIC',
  startDate: '2022-01-01',
  endDate: null,
  themes: ['validation'],
  targetGroups: [],
  totalFundingSek: 1250000,
  isDemo: n === 1,
  archived: false,
  updatedAt: '2024-01-01T00:00:00Z',
  organization: { slug: 'linkoping', name: 'Linköpings kommun' },
  partners: [],
});

const FACETS = {
  status: [{ value: 'ongoing', count: 25 }],
  kind: [{ value: 'pilot', count: 25 }],
  theme: [{ value: 'validation', count: 25 }],
  targetGroup: [],
  funderType: [],
  organization: [{ value: 'linkoping', count: 25 }],
  startYear: [{ value: '2022', count: 25 }],
};

/** 25 initiatives in pages of 20; the cursor is the index to continue from. */
function respondWithRegister(total = 25): Responder {
  return (operation) => {
    if (operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === 'Organizations')) {
      return fromValue(
        makeResult(operation, {
          data: { organizations: [{ id: '1', slug: 'linkoping', name: 'Linköpings kommun', kind: 'MUNICIPALITY', municipalityCode: '0580' }] },
        }),
      );
    }
    const variables = operation.variables as { after: string | null; first: number; withFacets: boolean };
    const start = variables.after ? Number(variables.after) : 0;
    const end = Math.min(start + variables.first, total);
    const data: RegisterInitiativesQuery = {
      initiatives: {
        totalCount: total,
        pageInfo: { hasNextPage: end < total, endCursor: String(end) },
        ...(variables.withFacets ? { facets: FACETS } : {}),
        edges: Array.from({ length: end - start }, (_, i) => ({ cursor: String(start + i + 1), node: node(start + i + 1) })),
      },
    };
    return fromValue(makeResult(operation, { data }));
  };
}

describe('the register page', () => {
  it('shows a loading status while the first page is fetched', async () => {
    const { client } = mockGraphqlClient(respondNever());
    renderApp({ path: '/initiativ', graphqlClient: client });
    // The page's code loads lazily, then the query stays pending.
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiativ' })).toBeTruthy();
    expect(screen.getByText('Hämtar initiativ …')).toBeTruthy();
  });

  it('lists results with their facts, counts them, and shows more with the cursor', async () => {
    const { client, operations } = mockGraphqlClient(respondWithRegister());
    renderApp({ path: '/initiativ?status=ongoing', graphqlClient: client });

    expect(await screen.findByText('25 initiativ')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Resultat' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(20);
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link', { name: 'Initiativ 1' }).getAttribute('href')).toBe('/initiativ/id-1');
    expect(first.textContent).toContain('Demo');
    expect(first.textContent).toContain('Pågående');
    expect(first.textContent).toContain('Pilot/testbädd');
    expect(first.textContent).toContain('Validering');
    expect(first.textContent?.replace(/\s/g, ' ')).toContain('1 250 000 kr');

    const status = within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Pågående (25)' }) as HTMLInputElement;
    expect(status.checked).toBe(true);
    expect(within(screen.getByRole('group', { name: 'Organisation' })).getByRole('checkbox', { name: 'Linköpings kommun (25)' })).toBeTruthy();
    const firstPage = operations.find((operation) =>
      operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === 'RegisterInitiatives'),
    );
    expect(firstPage?.variables).toMatchObject({ filter: { statuses: ['ongoing'] }, orderBy: 'UPDATED_DESC', after: null });

    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    const extra = await within(list).findByRole('link', { name: 'Initiativ 21' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(25);
    // Focus moves in an effect after the new rows render.
    await waitFor(() => expect(document.activeElement).toBe(extra));
    expect(operations.some((operation) => (operation.variables as { after?: string }).after === '20')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('puts a ticked facet and the sort order in the address', async () => {
    const { client } = mockGraphqlClient(respondWithRegister());
    const { router } = renderApp({ path: '/initiativ?sok=vård', graphqlClient: client });
    await screen.findByText('25 initiativ matchar ”vård”');
    expect((screen.getByLabelText('Sortera efter') as HTMLSelectElement).value).toBe('relevans');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Pilot/testbädd (25)' }));
    expect(router.state.location.search).toBe('?sok=v%C3%A5rd&typ=pilot');
    fireEvent.change(screen.getByLabelText('Sortera efter'), { target: { value: 'titel' } });
    expect(router.state.location.search).toBe('?sok=v%C3%A5rd&typ=pilot&sortera=titel');
  });

  it('offers to clear search and filters when nothing matches', async () => {
    const { client } = mockGraphqlClient(respondWithRegister(0));
    const { router } = renderApp({ path: '/initiativ?sok=xyz&tema=validation', graphqlClient: client });
    expect(await screen.findByText('Inga initiativ matchar ”xyz” med de filter du valt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rensa sökning och filter' }));
    expect(router.state.location.search).toBe('');
  });

  it('tells what went wrong when the register cannot be fetched', async () => {
    const { client } = mockGraphqlClient(respondWithErrorCode('SERVICE_UNAVAILABLE'));
    renderApp({ path: '/initiativ', graphqlClient: client });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tjänsten är tillfälligt otillgänglig.');
  });
});
