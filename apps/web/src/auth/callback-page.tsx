import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../shell/page';
import { useOptionalAuth } from './use-optional-auth';

/** Where the identity provider sends the browser back; react-oidc-context exchanges the code. */
export function CallbackPage() {
  const { t } = useTranslation();
  const auth = useOptionalAuth();
  const navigate = useNavigate();
  const done = auth && !auth.isLoading && auth.isAuthenticated;
  useEffect(() => {
    if (!done) return;
    const state = auth.user?.state as { returnTo?: unknown } | undefined;
    const returnTo = typeof state?.returnTo === 'string' && state.returnTo.startsWith('/') && !state.returnTo.startsWith('/auth/') ? state.returnTo : '/';
    void navigate(returnTo, { replace: true });
  }, [done, auth, navigate]);
  return (
    <Page title={t('auth.signIn')}>
      {auth?.error ? (
        <div role="alert" className="alert alert--error">
          <p>{t('auth.signInFailed')}</p>
        </div>
      ) : (
        <p role="status" className="status">
          {t('auth.signingIn')}
        </p>
      )}
    </Page>
  );
}
