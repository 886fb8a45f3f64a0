import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/not-found-page';
import { StartPage } from '../pages/start-page';
import { AppShell } from '../shell/app-shell';
import { PageLoading } from '../shell/page-loading';
import { RouteErrorPage } from '../shell/route-error-page';
import { PATHS } from './site-map';

/**
 * A page whose code (and the libraries only it uses) is its own chunk, fetched on first visit.
 * The router's `lazy`, not React.lazy: the router starts the fetch for the first page as soon as
 * it is created, in parallel with the sign-in configuration, instead of after the first render.
 */
const page = (load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> => ({ lazy: async () => ({ Component: await load() }) });

export const appRoutes: RouteObject[] = [
  {
    path: PATHS.start,
    element: <AppShell />,
    children: [
      {
        // Pathless, so a failing page is replaced inside the shell and navigation keeps working;
        // the fallback is what the shell shows while the first page's chunk is on its way.
        errorElement: <RouteErrorPage />,
        HydrateFallback: PageLoading,
        children: [
          // The start page and the small static pages stay in the entry: they are the way in.
          { index: true, element: <StartPage /> },
          { path: PATHS.overlapPairs, ...page(async () => (await import('../overlaps/overlap-pairs-page')).OverlapPairsPage) },
          { path: PATHS.initiatives, ...page(async () => (await import('../initiatives/register/register-page')).RegisterPage) },
          { path: PATHS.newInitiative, ...page(async () => (await import('../initiatives/form/initiative-form-pages')).CreateInitiativePage) },
          { path: `${PATHS.initiatives}/:id`, ...page(async () => (await import('../initiatives/detail/initiative-page')).InitiativePage) },
          {
            path: `${PATHS.initiatives}/:id/redigera`,
            ...page(async () => (await import('../initiatives/form/initiative-form-pages')).EditInitiativePage),
          },
          { path: PATHS.methods, ...page(async () => (await import('../methods/method-register-page')).MethodRegisterPage) },
          { path: PATHS.newMethod, ...page(async () => (await import('../methods/method-form-pages')).CreateMethodPage) },
          { path: `${PATHS.methods}/:id`, ...page(async () => (await import('../methods/method-page')).MethodPage) },
          { path: `${PATHS.methods}/:id/redigera`, ...page(async () => (await import('../methods/method-form-pages')).EditMethodPage) },
          { path: PATHS.material, ...page(async () => (await import('../material/material-register-page')).MaterialRegisterPage) },
          { path: PATHS.newMaterial, ...page(async () => (await import('../material/material-form-pages')).CreateMaterialPage) },
          { path: PATHS.materialReviews, ...page(async () => (await import('../material/material-reviews-page')).MaterialReviewsPage) },
          { path: `${PATHS.material}/:id`, ...page(async () => (await import('../material/material-page')).MaterialPage) },
          { path: `${PATHS.material}/:id/redigera`, ...page(async () => (await import('../material/material-form-pages')).EditMaterialPage) },
          { path: `${PATHS.material}/:id/ny-version`, ...page(async () => (await import('../material/material-form-pages')).NewMaterialVersionPage) },
          { path: PATHS.networks, ...page(async () => (await import('../networks/networks-page')).NetworksPage) },
          { path: PATHS.newNetwork, ...page(async () => (await import('../networks/network-form-pages')).CreateNetworkPage) },
          { path: `${PATHS.networks}/:id`, ...page(async () => (await import('../networks/network-page')).NetworkPage) },
          { path: `${PATHS.networks}/:id/moten/:meetingId`, ...page(async () => (await import('../networks/meeting-page')).MeetingPage) },
          { path: `${PATHS.networks}/:id/redigera`, ...page(async () => (await import('../networks/network-form-pages')).EditNetworkPage) },
          { path: PATHS.myNetworks, ...page(async () => (await import('../networks/my-networks-page')).MyNetworksPage) },
          { path: PATHS.myFollowUps, ...page(async () => (await import('../initiatives/follow-ups/my-follow-ups-page')).MyFollowUpsPage) },
          { path: PATHS.regionOverview, ...page(async () => (await import('../region-overview/region-overview-page')).RegionOverviewPage) },
          { path: PATHS.organizations, ...page(async () => (await import('../organizations/organizations-page')).OrganizationsPage) },
          { path: PATHS.accessibility, ...page(async () => (await import('../accessibility/accessibility-statement-page')).AccessibilityStatementPage) },
          { path: PATHS.about, ...page(async () => (await import('../pages/about-page')).AboutPage) },
          { path: PATHS.myOrganization, ...page(async () => (await import('../my-organization/my-organization-page')).MyOrganizationPage) },
          { path: PATHS.stopMail, ...page(async () => (await import('../mail/stop-mail-page')).StopMailPage) },
          { path: PATHS.authCallback, ...page(async () => (await import('../auth/callback-page')).CallbackPage) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
