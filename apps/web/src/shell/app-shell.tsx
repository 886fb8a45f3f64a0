import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { MAIN_CONTENT_ID, PATHS } from '../app/site-map';
import { AccountMenu } from '../auth/account-menu';
import { SessionExpiredBanner } from '../auth/session-expired-banner';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { MainNavigation } from './main-navigation';
import { SiteFooter } from './site-footer';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import './app-shell.css';

export function AppShell() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  // The old page stays until the next one's chunk has arrived; this tells screen readers why.
  const navigating = useNavigation().state === 'loading';

  // Focus explicitly: following a fragment link does not move focus in every browser, and the
  // router would otherwise treat the new hash as a navigation.
  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skipToMain}>
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <div className="site-header__brand">
            <Link className="site-header__name" to={PATHS.start}>
              {t('site.name')}
            </Link>
            <p className="site-header__tagline">{t('site.tagline')}</p>
          </div>
          <div className="site-header__tools">
            <LanguageSwitcher />
            <AccountMenu />
          </div>
        </div>
        <MainNavigation />
      </header>
      <SessionExpiredBanner />
      <p aria-live="polite" className="visually-hidden">
        {navigating ? t('shell.loadingPage') : null}
      </p>
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="site-main container">
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
