import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../forms/error-summary';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { TextAreaField, TextField } from '../forms/form-fields';
import { useFormSubmit } from '../forms/use-form-submit';
import {
  ACCESSIBILITY_EMAIL,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_FIELDS,
  buildReportMailto,
  validateReport,
  type ProblemReport,
  type ReportError,
  type ReportField,
} from './report-mailto';
import './report-problem-form.css';

const EMPTY_REPORT: ProblemReport = { description: '', page: '', email: '' };
const fieldOrder = () => REPORT_FIELDS;

/**
 * Composes an accessibility report as a mailto: link; nothing is sent from the portal. On the
 * form kit: errors beside each field and in a summary that takes focus (the GOV.UK pattern that
 * Swedish public-sector design systems also use), each error read after a hidden "Fel:".
 */
export function ReportProblemForm() {
  const { t } = useTranslation();
  const [mailto, setMailto] = useState<string | null>(null);
  const readyRef = useRef<HTMLHeadingElement>(null);

  const errorText = (error: ReportError, report: ProblemReport): string =>
    error === 'descriptionTooLong'
      ? t('reportForm.descriptionTooLong', { max: REPORT_DESCRIPTION_MAX_LENGTH, length: report.description.trim().length })
      : t(`reportForm.${error}`);

  const form = useFormSubmit<ProblemReport>({
    initial: EMPTY_REPORT,
    fieldOrder,
    validate: (report) => Object.fromEntries(Object.entries(validateReport(report)).map(([field, error]) => [field, errorText(error, report)])),
    // Nothing to send: "saving" is composing the message.
    submit: () => Promise.resolve({ kind: 'saved', id: '' }),
    onSaved: () => {
      // Render the result now, so it exists when focus moves to it.
      flushSync(() =>
        setMailto(
          buildReportMailto(form.values, {
            subject: t('reportForm.mailSubject'),
            description: t('reportForm.mailDescription'),
            page: t('reportForm.mailPage'),
            replyTo: t('reportForm.mailReplyTo'),
            notGiven: t('reportForm.mailNotGiven'),
          }),
        ),
      );
      readyRef.current?.focus();
    },
    warnOnLeave: false,
  });
  const { values: report, errorOf } = form;

  const update = (field: ReportField) => (value: string) => {
    form.set(field, value);
    // The composed message no longer matches what is in the form.
    setMailto(null);
  };
  const errorPrefix = t('reportForm.errorPrefix');

  return (
    <section className="report-form" aria-labelledby="rapport-rubrik">
      <h3 id="rapport-rubrik">{t('reportForm.heading')}</h3>
      <p>{t('reportForm.intro')}</p>

      <FieldIdPrefix prefix="rapport">
        <ErrorSummary id={form.feedbackIds.summary} items={form.summary} heading={t('reportForm.summaryHeading')} headingLevel={4} />

        <form noValidate onSubmit={form.onSubmit}>
          <TextAreaField
            path="description"
            rows={6}
            label={t('reportForm.descriptionLabel')}
            hint={t('reportForm.descriptionHint')}
            error={errorOf('description')}
            errorPrefix={errorPrefix}
            value={report.description}
            onChange={update('description')}
          />
          <TextField
            path="page"
            label={t('reportForm.pageLabel')}
            hint={t('reportForm.pageHint')}
            error={errorOf('page')}
            errorPrefix={errorPrefix}
            value={report.page}
            onChange={update('page')}
          />
          <TextField
            path="email"
            type="email"
            autoComplete="email"
            label={t('reportForm.emailLabel')}
            hint={t('reportForm.emailHint')}
            error={errorOf('email')}
            errorPrefix={errorPrefix}
            value={report.email}
            onChange={update('email')}
          />
          <button type="submit" className="button">
            {t('reportForm.submit')}
          </button>
        </form>
      </FieldIdPrefix>

      {mailto && (
        <div className="report-form__ready">
          <h4 ref={readyRef} tabIndex={-1}>
            {t('reportForm.readyHeading')}
          </h4>
          <p>{t('reportForm.readyText')}</p>
          <p>
            <a className="button" href={mailto}>
              {t('reportForm.openMail')}
            </a>
          </p>
          <p className="hint">{t('reportForm.fallback', { address: ACCESSIBILITY_EMAIL })}</p>
        </div>
      )}
    </section>
  );
}
