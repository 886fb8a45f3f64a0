import { useMemo, type ReactNode } from 'react';
import { Provider as GraphqlProvider } from 'urql';
import { createGraphqlClient } from '../graphql/create-graphql-client';
import { useLocale } from '../i18n/use-locale';
import { useActiveOrganization } from './active-organization';
import { useOptionalAuth } from './use-optional-auth';

/**
 * A GraphQL client that sends the current access token and chosen organisation. It is made anew
 * when either changes, so cached answers of one user or organisation are never shown for another.
 */
export function AuthenticatedGraphqlProvider({ children }: { readonly children: ReactNode }) {
  const auth = useOptionalAuth();
  const token = auth?.user && !auth.user.expired ? auth.user.access_token : undefined;
  const { slug } = useActiveOrganization();
  // The chosen language, so what the portal mails this person later is in it too.
  const locale = useLocale();
  const client = useMemo(
    () =>
      createGraphqlClient(undefined, () => ({
        'accept-language': locale,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(token && slug ? { 'x-organization': slug } : {}),
      })),
    [token, slug, locale],
  );
  return <GraphqlProvider value={client}>{children}</GraphqlProvider>;
}
