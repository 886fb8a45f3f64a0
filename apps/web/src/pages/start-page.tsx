import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../app/site-map';
import { Page } from '../shell/page';
import './start-page.css';

const SECTION_CARDS = ['initiatives', 'methods', 'networks', 'material', 'regionOverview', 'organizations'] as const;

export function StartPage() {
  const { t } = useTranslation();

  return (
    <Page title={t('start.title')} heading={t('start.heading')}>
      <p className="lead">{t('start.lead')}</p>

      <h2>{t('start.purposeHeading')}</h2>
      <ul className="purpose-list">
        <li>{t('start.purposeOverview')}</li>
        <li>{t('start.purposeAfterLife')}</li>
        <li>{t('start.purposeNetworks')}</li>
        <li>{t('start.purposeMaterial')}</li>
      </ul>

      <h2>{t('start.sectionsHeading')}</h2>
      <p>{t('start.progress')}</p>
      <ul className="section-cards">
        {SECTION_CARDS.map((section) => (
          <li key={section} className="section-card">
            <h3 className="section-card__title">
              <Link to={PATHS[section]}>{t(`sections.${section}.title`)}</Link>
            </h3>
            <p>{t(`sections.${section}.summary`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
