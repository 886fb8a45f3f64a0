import { createContext } from 'react';
import type { AuthContextProps } from 'react-oidc-context';

/**
 * The sign-in session, as react-oidc-context gives it, but in a context of our own: the entry
 * then needs only its type, and oidc-client-ts arrives in its own chunk (see auth-root.tsx).
 */
export const SessionContext = createContext<AuthContextProps | undefined>(undefined);
