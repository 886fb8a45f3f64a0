import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChangeValue } from '@portal/shared-domain';
import { useLocale } from '../i18n/use-locale';
import { ConfirmDialog } from './confirm-dialog';
import { ErrorSummary } from './error-summary';
import type { ConflictInfo } from './form-errors';
import type { FormFeedbackState } from './use-form-submit';
import '../styles/forms.css';

interface ConflictAlertProps {
  readonly conflict: ConflictInfo;
  /** E.g. "Någon annan har ändrat initiativet". */
  readonly heading: string;
  /** The field's name in the user's language; the server's (Swedish) label is the fallback. */
  readonly fieldLabel?: (field: string) => string | undefined;
  /** Offered only when the page can load the latest version. */
  readonly onReload?: (() => void) | undefined;
  /** The form focuses the alert when it appears. */
  readonly id?: string;
}

/** A save refused with CONFLICT: what others changed since the form was opened, by whom and when. */
export function ConflictAlert({ conflict, heading, fieldLabel, onReload, id }: ConflictAlertProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const dateFormat = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const formatTime = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };
  return (
    <div id={id} tabIndex={-1} role="alert" className="alert alert--error conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{t('forms.conflict.intro')}</p>
      {conflict.changes.length > 0 ? (
        <ul className="conflict__list">
          {conflict.changes.map((change, index) => (
            <li key={`${change.field}-${index}`}>
              <span className="conflict__change">
                {t('forms.conflict.change', {
                  label: fieldLabel?.(change.field) ?? change.label,
                  before: formatChangeValue(change.before, locale) || t('forms.conflict.empty'),
                  after: formatChangeValue(change.after, locale) || t('forms.conflict.empty'),
                })}
              </span>{' '}
              <span className="conflict__by">{t('forms.conflict.by', { name: change.actorName, time: formatTime(change.changedAt) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{conflict.message}</p>
      )}
      <p>{t('forms.conflict.advice')}</p>
      {onReload && (
        <button type="button" className="button" onClick={onReload}>
          {t('forms.conflict.reload')}
        </button>
      )}
    </div>
  );
}

interface FormFeedbackProps {
  readonly form: FormFeedbackState;
  /** Leads the message of a failed save, e.g. "Initiativet kunde inte sparas." */
  readonly saveFailed: string;
  /** Heading of the conflict alert, e.g. "Någon annan har ändrat initiativet". */
  readonly conflictHeading: string;
  readonly fieldLabel?: (field: string) => string | undefined;
  /** Where an error summary link leads for a path; see <ErrorSummary>. */
  readonly targetOf?: (path: string) => string;
  /** Edit forms: loads the latest stored version, after the user has confirmed losing their input. */
  readonly onReloadLatest?: (() => Promise<void>) | undefined;
}

/**
 * Everything a form tells after a submit, above the form: the conflict, a failure, the error
 * summary; and the questions it asks: leave with unsaved changes? discard them for the latest version?
 */
export function FormFeedback({ form, saveFailed, conflictHeading, fieldLabel, targetOf, onReloadLatest }: FormFeedbackProps) {
  const { t } = useTranslation();
  const [confirmReload, setConfirmReload] = useState(false);
  const { blocker } = form;
  return (
    <>
      {form.conflict && (
        <ConflictAlert
          id={form.feedbackIds.conflict}
          conflict={form.conflict}
          heading={conflictHeading}
          fieldLabel={fieldLabel}
          onReload={onReloadLatest ? () => setConfirmReload(true) : undefined}
        />
      )}
      {form.failure && (
        <div id={form.feedbackIds.failure} tabIndex={-1} role="alert" className="alert alert--error">
          <p>
            <strong>{saveFailed}</strong> {form.failure}
          </p>
        </div>
      )}
      <ErrorSummary id={form.feedbackIds.summary} items={form.summary} targetOf={targetOf} />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('forms.unsaved.title')}
        message={t('forms.unsaved.message')}
        confirmLabel={t('forms.unsaved.leave')}
        cancelLabel={t('forms.unsaved.stay')}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
      {onReloadLatest && (
        <ConfirmDialog
          open={confirmReload}
          title={t('forms.conflict.confirmTitle')}
          message={t('forms.conflict.confirmMessage')}
          confirmLabel={t('forms.conflict.confirmReload')}
          cancelLabel={t('forms.cancel')}
          onConfirm={() => {
            setConfirmReload(false);
            // The reloaded form is new; nothing typed here should hold the navigation back.
            form.allowNavigation();
            void onReloadLatest();
          }}
          onCancel={() => setConfirmReload(false)}
        />
      )}
    </>
  );
}

interface FormActionsProps {
  readonly submitLabel: string;
  readonly submitting: boolean;
  /**
   * Why saving must wait (e.g. an upload still running): the button is disabled and this is
   * said in the status next to it, so a screen reader user hears why.
   */
  readonly waitingFor?: string | undefined;
}

/** The submit button, with a status that tells screen readers the save is under way (or what it waits for). */
export function FormActions({ submitLabel, submitting, waitingFor }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={Boolean(waitingFor)}>
        {submitLabel}
      </button>
      <span role="status" className="status">
        {submitting ? t('forms.saving') : (waitingFor ?? '')}
      </span>
    </div>
  );
}
