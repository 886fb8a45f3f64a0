import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';
import { ReportProblemForm } from './report-problem-form';
import { ACCESSIBILITY_EMAIL, mailtoHref } from './report-mailto';

const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/** Follows the structure of Digg's model accessibility statement. */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const emailLink = (
    <p>
      {t('accessibility.emailLead')} <a href={mailtoHref(ACCESSIBILITY_EMAIL, t('accessibility.mailSubject'))}>{ACCESSIBILITY_EMAIL}</a>
    </p>
  );

  return (
    <Page title={t('accessibility.title')}>
      <p className="lead">{t('accessibility.intro')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>

      <h2>{t('accessibility.knownIssuesHeading')}</h2>
      <ul>
        <li>{t('accessibility.knownIssuePdfPreview')}</li>
        <li>{t('accessibility.knownIssueManualReview')}</li>
        <li>{t('accessibility.knownIssueMailForm')}</li>
      </ul>

      <h2>{t('accessibility.alternativesHeading')}</h2>
      <p>{t('accessibility.alternatives')}</p>
      {emailLink}

      <h2>{t('accessibility.reportHeading')}</h2>
      <p>{t('accessibility.report')}</p>
      {emailLink}
      <ReportProblemForm />

      <h2>{t('accessibility.supervisionHeading')}</h2>
      <p>{t('accessibility.supervision')}</p>
      <p>
        <a href={DIGG_REPORT_URL} hrefLang="sv">
          {t('accessibility.supervisionLink')}
        </a>
      </p>

      <h2>{t('accessibility.technicalHeading')}</h2>
      <p>{t('accessibility.technical')}</p>

      <h2>{t('accessibility.testingHeading')}</h2>
      <p>{t('accessibility.testingLead')}</p>
      <ul>
        <li>{t('accessibility.testingAutomated')}</li>
        <li>{t('accessibility.testingKeyboard')}</li>
      </ul>
      <p>{t('accessibility.testingLimits')}</p>
    </Page>
  );
}
