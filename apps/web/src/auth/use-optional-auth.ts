import { useContext } from 'react';
import type { AuthContextProps } from 'react-oidc-context';
import { SessionContext } from './session-context';

/** useAuth that tolerates a missing provider (unit tests of pages that do not sign in). */
export function useOptionalAuth(): AuthContextProps | undefined {
  return useContext(SessionContext);
}
