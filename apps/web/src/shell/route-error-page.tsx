import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { PATHS } from '../app/site-map';
import { Page } from './page';

/** Shown inside the shell when a page fails to render, so navigation keeps working. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Page title={t('routeError.title')}>
      <p>{t('routeError.body')}</p>
      <p>
        <Link to={PATHS.start}>{t('routeError.homeLink')}</Link>
      </p>
    </Page>
  );
}
