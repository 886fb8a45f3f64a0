import { useContext } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';

/** useAuth that tolerates a missing provider (unit tests of pages that do not sign in). */
export function useOptionalAuth(): AuthContextProps | undefined {
  return useContext(AuthContext);
}
