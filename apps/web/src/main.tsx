// Global styles first, so component styles that follow can refine them.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { I18nextProvider } from 'react-i18next';
import { appRoutes } from './app/app-routes';
import { AuthRoot } from './auth/auth-root';
import { createI18n } from './i18n/i18n';
import { readStoredLocale } from './i18n/locale-storage';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n(readStoredLocale());
const router = createBrowserRouter(appRoutes);

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AuthRoot>
        <RouterProvider router={router} />
      </AuthRoot>
    </I18nextProvider>
  </StrictMode>,
);
