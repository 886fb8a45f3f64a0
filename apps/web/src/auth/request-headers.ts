import { useCallback } from 'react';
import type { RequestHeaders } from '../graphql/create-graphql-client';
import { useLocale } from '../i18n/use-locale';
import { useActiveOrganization } from './active-organization';
import { useOptionalAuth } from './use-optional-auth';

/**
 * The headers every request to the API carries: the chosen language (so what the portal mails
 * this person later is in it too), the current access token and the chosen organisation. The
 * GraphQL client and the material file uploads both send these, so they are built here once.
 */
export function useRequestHeaders(): RequestHeaders {
  const auth = useOptionalAuth();
  const token = auth?.user && !auth.user.expired ? auth.user.access_token : undefined;
  const { slug } = useActiveOrganization();
  const locale = useLocale();
  // A new function whenever a value changes: the GraphQL client is made anew with it.
  return useCallback(
    () => ({
      'accept-language': locale,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(token && slug ? { 'x-organization': slug } : {}),
    }),
    [token, slug, locale],
  );
}
