import { lazy, Suspense } from 'react';
import { useOptionalAuth } from '../auth/use-optional-auth';
import type { NetworkSharingPanelProps } from './network-sharing-panel';

// Its own chunk (with the networks' texts), fetched only for someone signed in.
const NetworkSharingPanel = lazy(async () => ({ default: (await import('./network-sharing-panel')).NetworkSharingPanel }));

/** The sharing panel for an initiative's or a method's page: one line there, the rest here. */
export function NetworkSharing(props: NetworkSharingPanelProps) {
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  if (!signedIn) return null;
  return (
    <Suspense fallback={null}>
      <NetworkSharingPanel {...props} />
    </Suspense>
  );
}
