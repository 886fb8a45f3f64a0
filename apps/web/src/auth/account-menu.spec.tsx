import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider as GraphqlProvider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { SessionContext } from './session-context';
import { mockGraphqlClient, respondWithData } from '../test/mock-graphql-client';
import { ActiveOrganizationProvider } from './active-organization';
import { AccountMenu } from './account-menu';
import { AuthenticatedGraphqlProvider } from './authenticated-graphql-provider';

// The web app's unit tests fake the browser-side session only; the API's guard is never faked.
function fakeAuth(overrides: Partial<AuthContextProps>): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: false,
    user: null,
    signinRedirect: vi.fn(),
    signoutRedirect: vi.fn(),
    ...overrides,
  } as unknown as AuthContextProps;
}

const user = (sub: string, name: string) =>
  ({ access_token: `token-of-${sub}`, expired: false, profile: { sub, name, preferred_username: sub }, state: undefined }) as unknown as NonNullable<
    AuthContextProps['user']
  >;

const ME = {
  me: {
    id: 'u1',
    username: 'flera.org',
    name: 'Sara Nyström',
    roles: ['portal-user'],
    organizations: [
      { id: 'o1', slug: 'mjolby', name: 'Mjölby kommun', kind: 'MUNICIPALITY', municipalityCode: '0586' },
      { id: 'o2', slug: 'vadstena', name: 'Vadstena kommun', kind: 'MUNICIPALITY', municipalityCode: '0584' },
    ],
    activeOrganization: null,
  },
};

function renderMenu(auth: AuthContextProps, graphql = mockGraphqlClient(respondWithData(ME)).client) {
  const router = createMemoryRouter([{ path: '/', element: <AccountMenu /> }]);
  return render(
    <I18nextProvider i18n={createI18n('sv')}>
      <SessionContext.Provider value={auth}>
        <ActiveOrganizationProvider userId={auth.user?.profile.sub}>
          <GraphqlProvider value={graphql}>
            <RouterProvider router={router} />
          </GraphqlProvider>
        </ActiveOrganizationProvider>
      </SessionContext.Provider>
    </I18nextProvider>,
  );
}

afterEach(() => {
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

describe('AccountMenu', () => {
  it('offers sign-in when signed out and starts the redirect with the current page', () => {
    const auth = fakeAuth({});
    renderMenu(auth);
    act(() => screen.getByRole('button', { name: 'Logga in' }).click());
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } });
  });

  it('shows no button while the session is being restored', () => {
    renderMenu(fakeAuth({ isLoading: true }));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the user, an organisation switcher for several organisations, and sign-out', async () => {
    const auth = fakeAuth({ isAuthenticated: true, user: user('u1', 'Sara Nyström') });
    renderMenu(auth);
    expect(screen.getByText('Inloggad som Sara Nyström')).toBeTruthy();
    const select = (await screen.findByLabelText('Aktiv organisation')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['Välj organisation', 'Mjölby kommun', 'Vadstena kommun']);
    act(() => {
      select.value = 'vadstena';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(sessionStorage.getItem('portal.activeOrganization.u1')).toBe('vadstena');
    expect(await screen.findByText('Du arbetar nu för Vadstena kommun.')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Logga ut' }).click());
    expect(auth.signoutRedirect).toHaveBeenCalled();
  });
});

describe('AuthenticatedGraphqlProvider', () => {
  it('sends the bearer token and the chosen organisation with each request', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(JSON.stringify({ data: ME }), { headers: { 'content-type': 'application/json' } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    sessionStorage.setItem('portal.activeOrganization.u1', 'mjolby');
    const auth = fakeAuth({ isAuthenticated: true, user: user('u1', 'Sara Nyström') });
    const router = createMemoryRouter([{ path: '/', element: <AccountMenu /> }]);
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <SessionContext.Provider value={auth}>
          <ActiveOrganizationProvider userId="u1">
            <AuthenticatedGraphqlProvider>
              <RouterProvider router={router} />
            </AuthenticatedGraphqlProvider>
          </ActiveOrganizationProvider>
        </SessionContext.Provider>
      </I18nextProvider>,
    );
    await screen.findByLabelText('Aktiv organisation');
    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
    expect(headers.get('authorization')).toBe('Bearer token-of-u1');
    expect(headers.get('x-organization')).toBe('mjolby');
  });
});
