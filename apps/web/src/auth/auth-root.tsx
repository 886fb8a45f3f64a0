import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { ActiveOrganizationProvider } from './active-organization';
import { fetchAuthConfig, oidcSettings, type AuthConfig } from './auth-config';
import { AuthenticatedGraphqlProvider } from './authenticated-graphql-provider';
import { useOptionalAuth } from './use-optional-auth';

function WithActiveOrganization({ children }: { readonly children: ReactNode }) {
  const auth = useOptionalAuth();
  return (
    <ActiveOrganizationProvider userId={auth?.user?.profile.sub}>
      <AuthenticatedGraphqlProvider>{children}</AuthenticatedGraphqlProvider>
    </ActiveOrganizationProvider>
  );
}

/** Loads where to sign in, then provides the session, the organisation choice and GraphQL. */
export function AuthRoot({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const [config, setConfig] = useState<AuthConfig | 'failed' | undefined>();
  useEffect(() => {
    fetchAuthConfig().then(setConfig, () => setConfig('failed'));
  }, []);

  if (config === undefined) {
    return (
      <p role="status" className="status container">
        {t('auth.loadingConfig')}
      </p>
    );
  }
  if (config === 'failed') {
    return (
      <div role="alert" className="alert alert--error container">
        <p>{t('auth.configFailed')}</p>
      </div>
    );
  }
  return (
    <AuthProvider {...oidcSettings(config, window.location.origin)}>
      <WithActiveOrganization>{children}</WithActiveOrganization>
    </AuthProvider>
  );
}
