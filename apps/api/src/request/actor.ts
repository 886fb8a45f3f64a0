import type { Principal } from '../auth/principal.js';
import { PortalError, unauthenticated } from '../graphql/portal-error.js';
import { currentRequestContext, type ActiveOrganization } from './request-context.js';

/** Who acts, for services that write: always signed in, always in one organisation. */
export interface Actor {
  readonly principal: Principal;
  readonly organization: ActiveOrganization;
}

/** The signed-in user, or the one UNAUTHENTICATED answer every service gives. */
export function requirePrincipal(): Principal {
  const principal = currentRequestContext()?.principal;
  if (!principal) throw unauthenticated();
  return principal;
}

/** The signed-in user and the organisation they act for; the same two errors everywhere. */
export function requireActor(): Actor {
  const principal = requirePrincipal();
  const organization = currentRequestContext()?.activeOrganization;
  if (!organization) throw chooseOrganization();
  return { principal, organization };
}

/** The reader's active organisation, if any (reads need none). */
export function activeOrganization(): ActiveOrganization | undefined {
  return currentRequestContext()?.activeOrganization;
}

export function chooseOrganization(): PortalError {
  return new PortalError('BAD_USER_INPUT', 'Välj vilken organisation du arbetar i.', { organization: 'Ingen aktiv organisation.' });
}
