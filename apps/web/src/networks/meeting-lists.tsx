import { Link } from 'react-router';
import { useMutation } from 'urql';
import { meetingPath } from '../app/site-map';
import type { ActionItemFieldsFragment, DecisionFieldsFragment, MeetingListFieldsFragment } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { MEETINGS_CHANGED, setActionItemStatusMutation } from './meeting-queries';
import { actionItemStatusLabel, formatLocalDate, formatMeetingDate, meetingStatusLabel } from './network-format';
import { useNetworksTranslation } from './networks.i18n';

type Report = (kind: 'ok' | 'error', text: string) => void;

/** "tisdag 9 mars 2027, 13:00–15:00": local Swedish time, as the meeting is planned. */
export function useMeetingWhen() {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  return (meeting: { readonly localDate: string; readonly startTime: string; readonly endTime: string }) =>
    t('networks.meetings.when', { date: formatMeetingDate(meeting.localDate, locale), start: meeting.startTime, end: meeting.endTime });
}

/** Upcoming or past meetings, each linked to its page, with time, place and (if not planned) its state in words. */
export function MeetingList({ meetings, empty }: { readonly meetings: readonly MeetingListFieldsFragment[]; readonly empty: string }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const when = useMeetingWhen();
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <ul className="network-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link to={meetingPath(meeting.networkId, meeting.id)}>{meeting.title}</Link>
          {meeting.status !== 'planned' && <strong> – {meetingStatusLabel(meeting.status, locale)}</strong>}
          <br />
          <span>{when(meeting)}</span>
          {(meeting.location || meeting.onlineUrl) && (
            <>
              <br />
              <span className="hint">{meeting.location || t('networks.meetings.online')}</span>
            </>
          )}
          {meeting.minutes?.status === 'published' && (
            <>
              <br />
              <span className="hint">{t('networks.meetings.minutesPublished')}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The decision log: number, date, text and who is responsible. */
export function DecisionTable({ decisions, caption }: { readonly decisions: readonly DecisionFieldsFragment[]; readonly caption: string }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroller">
      <table className="network-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networks.meetings.decisionNumber')}</th>
            <th scope="col">{t('networks.meetings.decisionDate')}</th>
            <th scope="col">{t('networks.meetings.decisionText')}</th>
            <th scope="col">{t('networks.meetings.responsible')}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <tr key={decision.id}>
              <th scope="row">{t('networks.meetings.decisionLabel', { label: decision.label })}</th>
              <td>{formatLocalDate(decision.decidedOn, locale)}</td>
              <td className="network-text">{decision.text}</td>
              <td>{decision.responsible}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Action items with owner, due date and state; whoever may (owner, chair, secretary) marks one done or open. */
export function ActionItemTable({
  items,
  caption,
  report,
}: {
  readonly items: readonly ActionItemFieldsFragment[];
  readonly caption: string;
  readonly report: Report;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [, setStatus] = useMutation(setActionItemStatusMutation);
  const anyUpdatable = items.some((item) => item.canUpdate);

  async function toggle(item: ActionItemFieldsFragment) {
    const status = item.status === 'done' ? 'open' : 'done';
    const result = await setStatus({ id: item.id, status }, MEETINGS_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t(status === 'done' ? 'networks.meeting.actions.markedDone' : 'networks.meeting.actions.markedOpen', { title: item.title }));
  }

  return (
    <div className="table-scroller">
      <table className="network-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networks.meeting.actions.title')}</th>
            <th scope="col">{t('networks.meeting.actions.owner')}</th>
            <th scope="col">{t('networks.meeting.actions.due')}</th>
            <th scope="col">{t('networks.meeting.actions.status')}</th>
            {anyUpdatable && <th scope="col">{t('networks.meeting.actions.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.title}</th>
              <td>{item.ownerName}</td>
              <td>{item.dueDate ? formatLocalDate(item.dueDate, locale) : t('networks.meeting.actions.noDue')}</td>
              <td>{actionItemStatusLabel(item.status, locale)}</td>
              {anyUpdatable && (
                <td>
                  {item.canUpdate && (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t(item.status === 'done' ? 'networks.meeting.actions.markOpenLabel' : 'networks.meeting.actions.markDoneLabel', {
                        title: item.title,
                      })}
                      onClick={() => void toggle(item)}
                    >
                      {t(item.status === 'done' ? 'networks.meeting.actions.markOpen' : 'networks.meeting.actions.markDone')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
