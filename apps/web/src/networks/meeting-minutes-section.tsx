import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { NETWORK_LIMITS } from '@portal/shared-domain';
import { ConfirmDialog } from '../forms/confirm-dialog';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { TextAreaField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { submitOutcome, useFormSubmit } from '../forms/use-form-submit';
import type { MeetingPageQuery } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { MEETINGS_CHANGED, publishMeetingMinutesMutation, saveMeetingMinutesMutation } from './meeting-queries';
import { formatInstant } from './network-format';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

type Meeting = MeetingPageQuery['meeting'];
type Report = (kind: 'ok' | 'error', text: string) => void;

const minutesFieldOrder = () => ['body'] as const;

/**
 * User Markdown, sanitised by renderMarkdown (DOMPurify) right before it is inserted. The renderer
 * (marked and DOMPurify, about 27 KB gzip) loads with the first minutes shown, not with the page.
 */
function MinutesText({ body }: { readonly body: string }) {
  const [render, setRender] = useState<((source: string) => string) | null>(null);
  useEffect(() => {
    let live = true;
    void import('../ui/markdown').then((module) => {
      if (live) setRender(() => module.renderMarkdown);
    });
    return () => {
      live = false;
    };
  }, []);
  const html = useMemo(() => (render ? render(body) : null), [render, body]);
  if (html === null) return <div className="network-markdown" aria-busy="true" />;
  return <div className="network-markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * "Publicera protokollet", after a confirmation (the members get a mail). `beforePublish` saves
 * what the editor holds first and says whether that went well.
 */
function PublishButton({
  meetingId,
  report,
  beforePublish,
  onPublished,
}: {
  readonly meetingId: string;
  readonly report: Report;
  readonly beforePublish?: () => Promise<boolean>;
  readonly onPublished?: () => void;
}) {
  const { t } = useNetworksTranslation();
  const { t: tForms } = useTranslation();
  const locale = useLocale();
  const [, publish] = useMutation(publishMeetingMinutesMutation);
  const [confirming, setConfirming] = useState(false);

  async function run() {
    setConfirming(false);
    if (beforePublish && !(await beforePublish())) return;
    const result = await publish({ meetingId }, MEETINGS_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    onPublished?.();
    report('ok', t('networks.meeting.minutes.published'));
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('networks.meeting.minutes.publish')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('networks.meeting.minutes.publishTitle')}
        message={t('networks.meeting.minutes.publishMessage')}
        confirmLabel={t('networks.meeting.minutes.publishConfirm')}
        cancelLabel={tForms('forms.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void run()}
      />
    </>
  );
}

/** The Markdown editor with a preview; saving keeps a draft (or corrects published minutes). */
function MinutesEditor({
  meeting,
  onSaved,
  onPublished,
  report,
}: {
  readonly meeting: Meeting;
  readonly onSaved: () => void;
  readonly onPublished: () => void;
  readonly report: Report;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const previewId = useId();
  const [, save] = useMutation(saveMeetingMinutesMutation);
  const [initial] = useState(() => ({ body: meeting.minutes?.body ?? '' }));
  const [previewing, setPreviewing] = useState(false);
  const version = meeting.minutes?.version ?? null;
  const published = meeting.minutes?.status === 'published';
  const form = useFormSubmit({
    initial,
    fieldOrder: minutesFieldOrder,
    submit: async (values) => submitOutcome(await save({ meetingId: meeting.id, body: values.body, version }, MEETINGS_CHANGED), () => meeting.id),
    onSaved,
  });

  // Publishing publishes what is written: unsaved text is saved first.
  async function saveFirst(): Promise<boolean> {
    if (!form.dirty && meeting.minutes) return true;
    const saved = await save({ meetingId: meeting.id, body: form.values.body, version }, MEETINGS_CHANGED);
    if (saved.error) {
      report('error', errorMessageOf(saved.error, locale));
      return false;
    }
    form.allowNavigation();
    return true;
  }

  return (
    <FieldIdPrefix prefix="protokoll">
      <FormFeedback form={form} saveFailed={t('networks.meeting.minutes.saveFailed')} conflictHeading={t('networks.meeting.minutes.conflictHeading')} />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <TextAreaField
          path="body"
          rows={14}
          label={t('networks.meeting.minutes.body.label')}
          hint={t('networks.meeting.minutes.body.hint')}
          maxLength={NETWORK_LIMITS.minutes}
          error={form.errorOf('body')}
          value={form.values.body}
          onChange={(body) => form.set('body', body)}
        />
        <p>
          <ToggleButton
            label={previewing ? t('networks.meeting.minutes.hidePreview') : t('networks.meeting.minutes.preview')}
            expanded={previewing}
            controls={previewId}
            onToggle={() => setPreviewing(!previewing)}
          />
        </p>
        <div id={previewId}>
          {previewing && (
            <section className="network-preview" aria-labelledby={`${previewId}-rubrik`}>
              <h3 id={`${previewId}-rubrik`}>{t('networks.meeting.minutes.previewHeading')}</h3>
              {form.values.body.trim() ? <MinutesText body={form.values.body} /> : <p>{t('networks.meeting.minutes.previewEmpty')}</p>}
            </section>
          )}
        </div>
        <FormActions submitLabel={published ? t('networks.meeting.minutes.saveCorrection') : t('networks.meeting.minutes.save')} submitting={form.submitting} />
      </form>
      {!published && (
        <p>
          <PublishButton meetingId={meeting.id} report={report} beforePublish={saveFirst} onPublished={onPublished} />
        </p>
      )}
    </FieldIdPrefix>
  );
}

/** "Protokoll": published minutes for every member; a draft, the editor and publishing for chairs and secretaries. */
export function MeetingMinutesSection({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const { message, report, ref } = useActionMessage();
  const minutes = meeting.minutes;
  const published = minutes?.status === 'published';
  return (
    <section aria-labelledby="protokoll-rubrik">
      <h2 id="protokoll-rubrik">{t('networks.meeting.minutes.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {minutes && minutes.body.trim() && (published || meeting.canPlan) ? (
        <>
          <p className="hint">
            {published
              ? t('networks.meeting.minutes.publishedNotice', { date: formatInstant(minutes.publishedAt, locale) })
              : t('networks.meeting.minutes.draftNotice')}{' '}
            {t('networks.meeting.minutes.updatedBy', { name: minutes.updatedByName, date: formatInstant(minutes.updatedAt, locale) })}
          </p>
          {!editing && <MinutesText body={minutes.body} />}
        </>
      ) : (
        <p>{t('networks.meeting.minutes.notPublished')}</p>
      )}
      {meeting.canPlan && (
        <>
          <div className="network-actions">
            <ToggleButton
              label={minutes ? t('networks.meeting.minutes.edit') : t('networks.meeting.minutes.write')}
              expanded={editing}
              controls="protokoll-redigera"
              onToggle={() => setEditing(!editing)}
            />
            {!editing && minutes && !published && minutes.body.trim() && <PublishButton meetingId={meeting.id} report={report} />}
          </div>
          <div id="protokoll-redigera">
            {editing && (
              <MinutesEditor
                meeting={meeting}
                report={report}
                onPublished={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  report('ok', t('networks.meeting.minutes.saved'));
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
