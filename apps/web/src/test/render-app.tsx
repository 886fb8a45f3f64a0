import { render, screen } from '@testing-library/react';
import type { Locale } from '@portal/shared-domain';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Client } from 'urql';
import { AppProviders } from '../app/app-providers';
import { appRoutes } from '../app/app-routes';
import { createI18n } from '../i18n/i18n';
import { mockGraphqlClient, respondNever } from './mock-graphql-client';

interface RenderAppOptions {
  readonly path?: string;
  readonly graphqlClient?: Client;
  readonly locale?: Locale;
}

/** The whole app, as main.tsx mounts it, at a path and with a mocked GraphQL client. */
export function renderApp({ path = '/', graphqlClient, locale = 'sv' }: RenderAppOptions = {}) {
  const i18n = createI18n(locale);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const client = graphqlClient ?? mockGraphqlClient(respondNever()).client;
  const result = render(
    <AppProviders i18n={i18n} graphqlClient={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, i18n, router };
}

/** Waits for the lazy page's chunk: its h1 is there once the page has rendered. */
export const pageLoaded = () => screen.findByRole('heading', { level: 1 });
