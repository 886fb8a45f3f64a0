import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/app-providers';
import { createI18n } from '../../i18n/i18n';
import { mockGraphqlClient, respondWithData, respondWithErrorCode } from '../../test/mock-graphql-client';
import { RegionOverdueFollowUps } from './region-overdue-follow-ups';

function renderSection(respond: Parameters<typeof mockGraphqlClient>[0]) {
  const router = createMemoryRouter([{ path: '/', element: <RegionOverdueFollowUps /> }]);
  render(
    <AppProviders i18n={createI18n('sv')} graphqlClient={mockGraphqlClient(respond).client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

describe('the Region’s overdue follow-ups', () => {
  it('lists each overdue follow-up with its initiative, organisation, milestone and due date', async () => {
    renderSection(
      respondWithData({
        overdueFollowUps: [
          {
            __typename: 'FollowUpWithInitiative',
            id: 'f1',
            milestone: '1-year',
            dueDate: '2026-01-31',
            initiative: {
              __typename: 'Initiative',
              id: 'i1',
              title: 'Heltidsaktiveringen',
              organization: { __typename: 'Organization', name: 'Linköpings kommun' },
            },
          },
        ],
      }),
    );
    const table = await screen.findByRole('table', { name: '1 försenade uppföljningar' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Heltidsaktiveringen' }).getAttribute('href')).toBe('/initiativ/i1');
    expect(row.textContent).toContain('Linköpings kommun');
    expect(row.textContent).toContain('Efter 1 år');
    expect(row.textContent).toContain('31 januari 2026');
  });

  it('says so when nothing is overdue', async () => {
    renderSection(respondWithData({ overdueFollowUps: [] }));
    expect(await screen.findByText('Inga uppföljningar i regionen är försenade.')).toBeTruthy();
  });

  it('shows the server’s refusal as an error message', async () => {
    renderSection(respondWithErrorCode('FORBIDDEN', 'Du har inte behörighet att göra det här.'));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
