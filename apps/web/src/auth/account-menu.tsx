import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useActiveOrganization } from './active-organization';
import { meQuery } from './me-query';
import { useOptionalAuth } from './use-optional-auth';

function OrganizationSwitcher() {
  const { t } = useTranslation();
  const { slug, choose } = useActiveOrganization();
  const [{ data }] = useQuery({ query: meQuery });
  const [announcement, setAnnouncement] = useState('');
  const organizations = data?.me.organizations ?? [];
  if (organizations.length === 0) return null;
  if (organizations.length === 1) return <span className="account-menu__organization">{organizations[0]!.name}</span>;
  const selected = organizations.some((o) => o.slug === slug) ? slug : '';
  return (
    <div className="account-menu__switcher">
      <label htmlFor="aktiv-organisation">{t('auth.activeOrganization')}</label>
      <select
        id="aktiv-organisation"
        value={selected}
        onChange={(event) => {
          const next = organizations.find((o) => o.slug === event.target.value);
          choose(next?.slug);
          setAnnouncement(next ? t('auth.nowWorkingFor', { name: next.name }) : '');
        }}
      >
        <option value="">{t('auth.chooseOrganization')}</option>
        {organizations.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Sign-in state in the header: a sign-in button, or the user, the organisation and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const auth = useOptionalAuth();
  const location = useLocation();
  if (!auth) return null;
  // While the session is being restored, hold the place without showing the wrong button.
  if (auth.isLoading) return <div className="account-menu" aria-hidden="true" />;
  if (!auth.isAuthenticated || !auth.user) {
    return (
      <div className="account-menu">
        <button type="button" className="button" onClick={() => void auth.signinRedirect({ state: { returnTo: location.pathname + location.search } })}>
          {t('auth.signIn')}
        </button>
      </div>
    );
  }
  const name = auth.user.profile.name ?? auth.user.profile.preferred_username ?? '';
  return (
    <div className="account-menu">
      <span className="account-menu__user">{t('auth.signedInAs', { name })}</span>
      <OrganizationSwitcher />
      <button type="button" className="button button--secondary" onClick={() => void auth.signoutRedirect()}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
