import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('about.title')}>
      <p className="lead">{t('about.lead')}</p>
      <h2>{t('about.backgroundHeading')}</h2>
      <p>{t('about.background1')}</p>
      <p>{t('about.background2')}</p>
      <h2>{t('about.principlesHeading')}</h2>
      <p>{t('about.principles')}</p>
    </Page>
  );
}
