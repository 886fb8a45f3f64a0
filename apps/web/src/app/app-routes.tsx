import type { RouteObject } from 'react-router';
import { CallbackPage } from '../auth/callback-page';
import { MyOrganizationPage } from '../my-organization/my-organization-page';
import { AccessibilityStatementPage } from '../accessibility/accessibility-statement-page';
import { OrganizationsPage } from '../organizations/organizations-page';
import { AboutPage } from '../pages/about-page';
import { NotFoundPage } from '../pages/not-found-page';
import { SectionPlaceholderPage } from '../pages/section-placeholder-page';
import { StartPage } from '../pages/start-page';
import { AppShell } from '../shell/app-shell';
import { RouteErrorPage } from '../shell/route-error-page';
import { PATHS, UNBUILT_SECTIONS } from './site-map';

export const appRoutes: RouteObject[] = [
  {
    path: PATHS.start,
    element: <AppShell />,
    children: [
      {
        // Pathless, so a failing page is replaced inside the shell and navigation keeps working.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          ...UNBUILT_SECTIONS.map((section) => ({
            path: PATHS[section],
            element: <SectionPlaceholderPage section={section} />,
          })),
          // The register's pages (Markdown, sanitiser, form) load on first visit, not with the shell.
          { path: PATHS.initiatives, lazy: async () => ({ Component: (await import('../initiatives/register/register-page')).RegisterPage }) },
          { path: PATHS.newInitiative, lazy: async () => ({ Component: (await import('../initiatives/form/initiative-form-pages')).CreateInitiativePage }) },
          { path: `${PATHS.initiatives}/:id`, lazy: async () => ({ Component: (await import('../initiatives/detail/initiative-page')).InitiativePage }) },
          {
            path: `${PATHS.initiatives}/:id/redigera`,
            lazy: async () => ({ Component: (await import('../initiatives/form/initiative-form-pages')).EditInitiativePage }),
          },
          { path: PATHS.methods, lazy: async () => ({ Component: (await import('../methods/method-register-page')).MethodRegisterPage }) },
          { path: PATHS.newMethod, lazy: async () => ({ Component: (await import('../methods/method-form-pages')).CreateMethodPage }) },
          { path: `${PATHS.methods}/:id`, lazy: async () => ({ Component: (await import('../methods/method-page')).MethodPage }) },
          { path: `${PATHS.methods}/:id/redigera`, lazy: async () => ({ Component: (await import('../methods/method-form-pages')).EditMethodPage }) },
          { path: PATHS.myFollowUps, lazy: async () => ({ Component: (await import('../initiatives/follow-ups/my-follow-ups-page')).MyFollowUpsPage }) },
          { path: PATHS.organizations, element: <OrganizationsPage /> },
          { path: PATHS.accessibility, element: <AccessibilityStatementPage /> },
          { path: PATHS.about, element: <AboutPage /> },
          { path: PATHS.myOrganization, element: <MyOrganizationPage /> },
          { path: PATHS.authCallback, element: <CallbackPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
