import type { RouteObject } from 'react-router';
import { CallbackPage } from '../auth/callback-page';
import { InitiativePage } from '../initiatives/detail/initiative-page';
import { MyFollowUpsPage } from '../initiatives/follow-ups/my-follow-ups-page';
import { CreateInitiativePage, EditInitiativePage } from '../initiatives/form/initiative-form-pages';
import { RegisterPage } from '../initiatives/register/register-page';
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
          { path: PATHS.initiatives, element: <RegisterPage /> },
          { path: PATHS.newInitiative, element: <CreateInitiativePage /> },
          { path: `${PATHS.initiatives}/:id`, element: <InitiativePage /> },
          { path: `${PATHS.initiatives}/:id/redigera`, element: <EditInitiativePage /> },
          { path: PATHS.myFollowUps, element: <MyFollowUpsPage /> },
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
