import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../app/site-map';
import { Page } from '../shell/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={PATHS.start}>{t('notFound.homeLink')}</Link>
      </p>
    </Page>
  );
}
