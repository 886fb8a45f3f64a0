import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../ui/query-state';
import { meQuery } from './me-query';
import { useOptionalAuth } from './use-optional-auth';

interface SignedInOrganizationProps {
  /** What to tell someone who is not signed in. */
  readonly signInMessage: string;
  readonly children: ReactNode;
}

/**
 * Shows its children only to someone signed in who works for an organisation now: writing
 * initiatives, methods and follow-ups always happens in the active organisation.
 */
export function SignedInOrganization({ signInMessage, children }: SignedInOrganizationProps) {
  const { t } = useTranslation();
  const auth = useOptionalAuth();
  const location = useLocation();
  const signedIn = Boolean(auth?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: meQuery, pause: !signedIn });

  if (auth?.isLoading) {
    return (
      <p role="status" className="status">
        {t('forms.loading')}
      </p>
    );
  }
  if (!signedIn) {
    return (
      <>
        <p>{signInMessage}</p>
        {auth && (
          <button type="button" className="button" onClick={() => void auth.signinRedirect({ state: { returnTo: location.pathname + location.search } })}>
            {t('auth.signIn')}
          </button>
        )}
      </>
    );
  }
  return (
    <QueryState result={{ data, fetching, error }} loading={t('forms.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(answer) => (answer.me.activeOrganization ? children : <p>{t('auth.noActiveOrganization')}</p>)}
    </QueryState>
  );
}
