import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveOrganizationProvider } from './active-organization';
import { fetchAuthConfig, type AuthConfig } from './auth-config';
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

interface Loaded {
  readonly config: AuthConfig;
  readonly OidcSession: typeof import('./oidc-session').OidcSession;
}

/**
 * Loads where to sign in, then provides the session, the organisation choice and GraphQL. The
 * OIDC library is fetched alongside the configuration, which the app waits for anyway, so it
 * leaves the entry chunk without delaying the first page.
 */
export function AuthRoot({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const [config, setConfig] = useState<Loaded | 'failed' | undefined>();
  useEffect(() => {
    Promise.all([fetchAuthConfig(), import('./oidc-session')]).then(
      ([loaded, { OidcSession }]) => setConfig({ config: loaded, OidcSession }),
      () => setConfig('failed'),
    );
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
  const { OidcSession } = config;
  return (
    <OidcSession config={config.config}>
      <WithActiveOrganization>{children}</WithActiveOrganization>
    </OidcSession>
  );
}
