import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { SessionContext } from '../auth/session-context';
import type { MaterialReviewsQuery } from '../gql/graphql';
import { createI18n } from '../i18n/i18n';
import { respondByName } from '../networks/network-test-utils';
import { mockGraphqlClient } from '../test/mock-graphql-client';
import { MaterialReviewsPage } from './material-reviews-page';
import { ME_IN_MOTALA, signedInSession } from './material-test-utils';

type Reviews = MaterialReviewsQuery['materialReviews'];

const base = {
  __typename: 'Material' as const,
  summary: '',
  kind: 'support',
  themes: [],
  visibility: 'REGION' as const,
  validTo: null,
  archived: false,
  isDemo: false,
  currentVersionNumber: 1,
  currentVersion: null,
  organization: { __typename: 'Organization' as const, slug: 'motala', name: 'Motala kommun' },
  adaptations: [],
};

const REVIEWS: Reviews = {
  __typename: 'MaterialReviews',
  responsible: [{ ...base, id: 'm1', title: 'Rutin för inskrivning', reviewStatus: 'review-due', nextReviewOn: '2025-01-15', responsibleName: 'Lena Åström' }],
  organization: [
    { ...base, id: 'm1', title: 'Rutin för inskrivning', reviewStatus: 'review-due', nextReviewOn: '2025-01-15', responsibleName: 'Lena Åström' },
    { ...base, id: 'm2', title: 'Gammal strategi', reviewStatus: 'expired', nextReviewOn: null, validTo: '2024-12-31', responsibleName: 'Per Holm' },
  ],
  originalChanged: [
    {
      ...base,
      id: 'v1',
      title: 'Mall för introduktion',
      reviewStatus: 'current',
      nextReviewOn: null,
      originalChange: {
        __typename: 'MaterialOriginalChange',
        currentVersion: 3,
        seenVersion: 1,
        original: { __typename: 'MaterialRef', id: 'o1', title: 'Mall för introduktion' },
      },
    },
  ],
};

function renderSignedIn(reviews: Reviews) {
  const { client } = mockGraphqlClient(respondByName({ Me: () => ME_IN_MOTALA, MaterialReviews: () => ({ materialReviews: reviews }) }));
  const router = createMemoryRouter([{ path: '/', element: <MaterialReviewsPage /> }]);
  render(
    <SessionContext.Provider value={signedInSession()}>
      <AppProviders i18n={createI18n('sv')} graphqlClient={client}>
        <RouterProvider router={router} />
      </AppProviders>
    </SessionContext.Provider>,
  );
}

describe('Att granska', () => {
  it('lists overdue reviews for the responsible person and the organisation, and adaptations whose original changed', async () => {
    renderSignedIn(REVIEWS);
    const mine = (await screen.findByRole('heading', { level: 2, name: 'Där du är ansvarig' })).parentElement!;
    const item = within(mine).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Rutin för inskrivning' }).getAttribute('href')).toBe('/material/m1');
    expect(item.textContent).toContain('Granskning försenad');
    expect(item.textContent).toContain('Nästa granskning: 15 januari 2025');

    const organization = screen.getByRole('heading', { level: 2, name: 'Hela organisationens material' }).parentElement!;
    expect(within(organization).getAllByRole('listitem')).toHaveLength(2);
    expect(organization.textContent).toContain('Inte längre giltig');
    expect(organization.textContent).toContain('Ansvarig: Per Holm');

    const changed = screen.getByRole('heading', { level: 2, name: 'Anpassningar vars original har ändrats' }).parentElement!;
    expect(changed.textContent).toContain('Originalet ”Mall för introduktion” är nu version 3; ni har sett version 1.');
  });

  it('says so when there is nothing to review', async () => {
    renderSignedIn({ __typename: 'MaterialReviews', responsible: [], organization: [], originalChanged: [] });
    expect(await screen.findByText('Inget material där du är ansvarig behöver granskas.')).toBeTruthy();
    expect(screen.getByText('Inget av organisationens material behöver granskas.')).toBeTruthy();
    expect(screen.getByText('Inga av organisationens anpassningar har ett ändrat original.')).toBeTruthy();
  });
});
