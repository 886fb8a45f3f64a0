import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalAuth } from './use-optional-auth';

/** Says plainly when the session has run out (renewal failed), with a way to sign in again. */
export function SessionExpiredBanner() {
  const { t } = useTranslation();
  const auth = useOptionalAuth();
  const [expired, setExpired] = useState(false);
  const events = auth?.events;
  useEffect(() => {
    if (!events) return undefined;
    const onExpired = () => setExpired(true);
    const onLoaded = () => setExpired(false);
    const removers = [events.addAccessTokenExpired(onExpired), events.addSilentRenewError(onExpired), events.addUserLoaded(onLoaded)];
    return () => removers.forEach((remove) => remove());
  }, [events]);
  if (!auth || !expired) return null;
  return (
    <div className="alert alert--error container" role="alert">
      <p>{t('auth.expired')}</p>
      <button type="button" className="button" onClick={() => void auth.signinRedirect({ state: { returnTo: window.location.pathname } })}>
        {t('auth.signInAgain')}
      </button>
    </div>
  );
}
