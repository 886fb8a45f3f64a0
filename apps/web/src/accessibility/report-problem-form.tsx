import { useRef, useState, type ChangeEvent, type SubmitEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  ACCESSIBILITY_EMAIL,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_FIELDS,
  buildReportMailto,
  validateReport,
  type ProblemReport,
  type ReportError,
  type ReportErrors,
  type ReportField,
} from './report-mailto';
import '../styles/forms.css';
import './report-problem-form.css';

const FIELD_IDS: Readonly<Record<ReportField, string>> = {
  description: 'rapport-beskrivning',
  page: 'rapport-sida',
  email: 'rapport-epost',
};

const EMPTY_REPORT: ProblemReport = { description: '', page: '', email: '' };

/**
 * Composes an accessibility report as a mailto: link; nothing is sent from the portal. Errors
 * are shown beside each field and in a summary that takes focus, following the GOV.UK pattern
 * that Swedish public-sector design systems also use.
 */
export function ReportProblemForm() {
  const { t } = useTranslation();
  const [report, setReport] = useState<ProblemReport>(EMPTY_REPORT);
  const [errors, setErrors] = useState<ReportErrors>({});
  const [mailto, setMailto] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const readyRef = useRef<HTMLHeadingElement>(null);

  const description = report.description.trim();
  const errorText = (error: ReportError): string =>
    error === 'descriptionTooLong'
      ? t('reportForm.descriptionTooLong', { max: REPORT_DESCRIPTION_MAX_LENGTH, length: description.length })
      : t(`reportForm.${error}`);

  function update(field: ReportField) {
    return (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setReport((current) => ({ ...current, [field]: event.target.value }));
      // The composed message no longer matches what is in the form.
      setMailto(null);
    };
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateReport(report);
    const valid = Object.keys(found).length === 0;
    // Render the summary (or the result) now, so it exists when focus moves to it.
    flushSync(() => {
      setErrors(found);
      setMailto(
        valid
          ? buildReportMailto(report, {
              subject: t('reportForm.mailSubject'),
              description: t('reportForm.mailDescription'),
              page: t('reportForm.mailPage'),
              replyTo: t('reportForm.mailReplyTo'),
              notGiven: t('reportForm.mailNotGiven'),
            })
          : null,
      );
    });
    (valid ? readyRef.current : summaryRef.current)?.focus();
  }

  function focusField(field: ReportField) {
    return (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault();
      document.getElementById(FIELD_IDS[field])?.focus();
    };
  }

  function describedBy(field: ReportField, hasHint: boolean): string | undefined {
    const ids = [hasHint ? `${FIELD_IDS[field]}-hint` : '', errors[field] ? `${FIELD_IDS[field]}-error` : ''];
    return ids.filter(Boolean).join(' ') || undefined;
  }

  function fieldError(field: ReportField) {
    const error = errors[field];
    if (!error) return null;
    return (
      <p id={`${FIELD_IDS[field]}-error`} className="field__error">
        <span className="visually-hidden">{t('reportForm.errorPrefix')} </span>
        {errorText(error)}
      </p>
    );
  }

  const errorList = REPORT_FIELDS.flatMap((field) => {
    const error = errors[field];
    return error ? [{ field, error }] : [];
  });

  return (
    <section className="report-form" aria-labelledby="rapport-rubrik">
      <h3 id="rapport-rubrik">{t('reportForm.heading')}</h3>
      <p>{t('reportForm.intro')}</p>

      {errorList.length > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1}>
          <h4 className="error-summary__title">{t('reportForm.summaryHeading')}</h4>
          <ul className="error-summary__list">
            {errorList.map(({ field, error }) => (
              <li key={field}>
                <a href={`#${FIELD_IDS[field]}`} onClick={focusField(field)}>
                  {errorText(error)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form noValidate onSubmit={submit}>
        <div className={errors.description ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={FIELD_IDS.description}>
            {t('reportForm.descriptionLabel')}
          </label>
          <p id={`${FIELD_IDS.description}-hint`} className="field__hint">
            {t('reportForm.descriptionHint')}
          </p>
          {fieldError('description')}
          <textarea
            id={FIELD_IDS.description}
            name="description"
            rows={6}
            required
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy('description', true)}
            value={report.description}
            onChange={update('description')}
          />
        </div>

        <div className="field">
          <label className="field__label" htmlFor={FIELD_IDS.page}>
            {t('reportForm.pageLabel')}
          </label>
          <p id={`${FIELD_IDS.page}-hint`} className="field__hint">
            {t('reportForm.pageHint')}
          </p>
          <input id={FIELD_IDS.page} name="page" type="text" aria-describedby={describedBy('page', true)} value={report.page} onChange={update('page')} />
        </div>

        <div className={errors.email ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={FIELD_IDS.email}>
            {t('reportForm.emailLabel')}
          </label>
          <p id={`${FIELD_IDS.email}-hint`} className="field__hint">
            {t('reportForm.emailHint')}
          </p>
          {fieldError('email')}
          <input
            id={FIELD_IDS.email}
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy('email', true)}
            value={report.email}
            onChange={update('email')}
          />
        </div>

        <button type="submit" className="button">
          {t('reportForm.submit')}
        </button>
      </form>

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
