import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider as GraphqlProvider, type Client } from 'urql';

interface AppProvidersProps {
  readonly i18n: I18n;
  readonly graphqlClient: Client;
  readonly children: ReactNode;
}

export function AppProviders({ i18n, graphqlClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <GraphqlProvider value={graphqlClient}>{children}</GraphqlProvider>
    </I18nextProvider>
  );
}
