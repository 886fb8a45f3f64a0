import type { ReactNode } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import type { AuthConfig } from './auth-config';
import { oidcSettings } from './auth-config';
import { SessionContext } from './session-context';

function ShareSession({ children }: { readonly children: ReactNode }) {
  return <SessionContext.Provider value={useAuth()}>{children}</SessionContext.Provider>;
}

/** The OIDC session (oidc-client-ts and react-oidc-context): loaded as a chunk of its own by AuthRoot. */
export function OidcSession({ config, children }: { readonly config: AuthConfig; readonly children: ReactNode }) {
  return (
    <AuthProvider {...oidcSettings(config, window.location.origin)}>
      <ShareSession>{children}</ShareSession>
    </AuthProvider>
  );
}
