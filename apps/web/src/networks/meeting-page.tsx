import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ERROR_MESSAGES } from '@portal/shared-domain';
import { useClient, useMutation, useQuery } from 'urql';
import { networkPath, PATHS } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { useOptionalAuth } from '../auth/use-optional-auth';
import { ConfirmDialog } from '../forms/confirm-dialog';
import { submitOutcome } from '../forms/use-form-submit';
import type { MeetingPageQuery } from '../gql/graphql';
import { errorCodeOf, errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { saveFile } from '../list/list-export';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import '../styles/record.css';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { MeetingAgendaSection } from './meeting-agenda-section';
import { MeetingAttendanceSection } from './meeting-attendance-section';
import { MeetingActionItemsSection, MeetingDecisionsSection } from './meeting-decisions-section';
import { toMeetingInput, type SingleMeetingState } from './meeting-form-state';
import { SingleMeetingForm } from './meeting-forms';
import { useMeetingWhen } from './meeting-lists';
import { MeetingMinutesSection } from './meeting-minutes-section';
import { cancelMeetingMutation, meetingIcsQuery, meetingPageQuery, MEETINGS_CHANGED, updateMeetingMutation } from './meeting-queries';
import { meetingStatusLabel } from './network-format';
import './networks.css';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

type Meeting = MeetingPageQuery['meeting'];

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** Time, place, link and state, with "Lägg till i kalendern" (the meeting's .ics) and, for chairs, moving or cancelling it. */
function MeetingFacts({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const { t: tForms } = useTranslation();
  const locale = useLocale();
  const client = useClient();
  const when = useMeetingWhen();
  const [, update] = useMutation(updateMeetingMutation);
  const [, cancel] = useMutation(cancelMeetingMutation);
  const [editing, setEditing] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const { message, report, ref } = useActionMessage();
  const current: SingleMeetingState = {
    title: meeting.title,
    date: meeting.localDate,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
  };

  async function downloadIcs() {
    const result = await client.query(meetingIcsQuery, { id: meeting.id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) return report('error', result.error ? errorMessageOf(result.error, locale) : ERROR_MESSAGES.INTERNAL[locale]);
    saveFile(new Blob([result.data.meeting.icsFile], { type: 'text/calendar;charset=utf-8' }), `mote-${result.data.meeting.localDate}.ics`);
    report('ok', t('networks.meeting.downloaded'));
  }

  async function confirmCancel() {
    setConfirmingCancel(false);
    const result = await cancel({ id: meeting.id, version: meeting.version }, MEETINGS_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('networks.meeting.edit.cancelled'));
  }

  return (
    <section aria-labelledby="tid-och-plats-rubrik">
      <h2 id="tid-och-plats-rubrik">{t('networks.meeting.factsHeading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {meeting.status === 'cancelled' && <p className="notice">{t('networks.meeting.cancelledNotice')}</p>}
      <dl className="facts">
        <dt>{t('networks.meeting.network')}</dt>
        <dd>
          <Link to={networkPath(meeting.network.id)}>{meeting.network.name}</Link>
        </dd>
        <dt>{t('networks.meeting.time')}</dt>
        <dd>
          {when(meeting)} <span className="hint">({t('networks.meeting.swedishTime')})</span>
        </dd>
        <dt>{t('networks.meeting.place')}</dt>
        <dd>{meeting.location || t('networks.meeting.noPlace')}</dd>
        {meeting.onlineUrl && (
          <>
            <dt>{t('networks.meeting.link')}</dt>
            <dd>{isWebAddress(meeting.onlineUrl) ? <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a> : meeting.onlineUrl}</dd>
          </>
        )}
        <dt>{t('networks.meeting.status')}</dt>
        <dd>{meetingStatusLabel(meeting.status, locale)}</dd>
      </dl>
      <p className="hint" id="kalenderfil-hint">
        {t('networks.meeting.addToCalendarHint')}
      </p>
      <div className="network-actions">
        <button type="button" className="button button--secondary" aria-describedby="kalenderfil-hint" onClick={() => void downloadIcs()}>
          {t('networks.meeting.addToCalendar')}
        </button>
        {meeting.canPlan && meeting.status === 'planned' && (
          <>
            <ToggleButton label={t('networks.meeting.edit.heading')} expanded={editing} controls="andra-mote" onToggle={() => setEditing(!editing)} />
            <button type="button" className="button button--secondary" onClick={() => setConfirmingCancel(true)}>
              {t('networks.meeting.edit.cancel')}
            </button>
          </>
        )}
      </div>
      <div id="andra-mote">
        {editing && (
          <section aria-labelledby="andra-mote-rubrik">
            <h3 id="andra-mote-rubrik">{t('networks.meeting.edit.heading')}</h3>
            <p>{t('networks.meeting.edit.intro')}</p>
            <SingleMeetingForm
              prefix="andra-mote"
              initial={current}
              submitLabel={t('networks.meeting.edit.submit')}
              onSubmit={async (state) =>
                submitOutcome(
                  await update({ id: meeting.id, version: meeting.version, input: toMeetingInput(state) }, MEETINGS_CHANGED),
                  (data) => data.updateMeeting.id,
                )
              }
              onSaved={() => {
                setEditing(false);
                report('ok', t('networks.meeting.edit.saved'));
              }}
            />
          </section>
        )}
      </div>
      <ConfirmDialog
        open={confirmingCancel}
        title={t('networks.meeting.edit.cancelTitle')}
        message={t('networks.meeting.edit.cancelMessage')}
        confirmLabel={t('networks.meeting.edit.cancelConfirm')}
        cancelLabel={tForms('forms.cancel')}
        onCancel={() => setConfirmingCancel(false)}
        onConfirm={() => void confirmCancel()}
      />
    </section>
  );
}

/** /natverk/:id/moten/:meetingId: one meeting for the network's members. */
export function MeetingPage() {
  const { t } = useNetworksTranslation();
  const { id = '', meetingId = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: meetingPageQuery, variables: { id: meetingId }, pause: !signedIn });
  const meeting = data?.meeting;
  const notFound = Boolean(error && !meeting && errorCodeOf(error) === 'NOT_FOUND');
  const title = notFound ? t('networks.meeting.notFoundTitle') : (meeting?.title ?? t('networks.meetings.heading'));
  return (
    <Page title={title} headingRef={headingRef}>
      <p className="network-back">
        {meeting ? (
          <Link to={networkPath(meeting.network.id)}>{t('networks.meeting.backToNetwork', { name: meeting.network.name })}</Link>
        ) : (
          <Link to={id ? networkPath(id) : PATHS.networks}>{t('networks.form.backToNetwork')}</Link>
        )}
      </p>
      <SignedInOrganization signInMessage={t('networks.signInNeeded')}>
        {notFound ? (
          <p>{t('networks.meeting.notFound')}</p>
        ) : meeting ? (
          <>
            <MeetingFacts meeting={meeting} />
            <MeetingAgendaSection meeting={meeting} />
            <MeetingAttendanceSection meeting={meeting} />
            <MeetingMinutesSection meeting={meeting} />
            <MeetingDecisionsSection meeting={meeting} />
            <MeetingActionItemsSection meeting={meeting} />
          </>
        ) : (
          <QueryState
            result={{ fetching, error }}
            loading={t('networks.meeting.loading')}
            onRetry={() => {
              headingRef.current?.focus();
              reexecute({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </SignedInOrganization>
    </Page>
  );
}
