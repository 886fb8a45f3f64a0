import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { submitOutcome } from '../forms/use-form-submit';
import { meetingPath } from '../app/site-map';
import type { ActionItemFieldsFragment, DecisionFieldsFragment, MeetingListFieldsFragment } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ActionItemForm, closeEditor, toActionItemInput } from './meeting-item-forms';
import { MEETINGS_CHANGED, setActionItemStatusMutation, updateActionItemMutation } from './meeting-queries';
import { actionItemStatusLabel, formatLocalDate, formatMeetingDate, meetingStatusLabel } from './network-format';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

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

const editButtonId = (item: ActionItemFieldsFragment) => `atgard-andra-knapp-${item.id}`;
const editorId = (item: ActionItemFieldsFragment) => `atgard-andra-${item.id}`;

/** Changes an action item (chairs and secretaries): the version read goes along, a stale one is a CONFLICT. */
function ActionItemEditor({
  item,
  networkId,
  report,
  onClose,
  onReload,
}: {
  readonly item: ActionItemFieldsFragment;
  readonly networkId: string;
  readonly report: Report;
  readonly onClose: () => void;
  readonly onReload?: (() => Promise<boolean>) | undefined;
}) {
  const { t } = useNetworksTranslation();
  const [, update] = useMutation(updateActionItemMutation);
  const [initial] = useState(() => ({
    title: item.title,
    ownerUserId: item.ownerUserId ?? '',
    ownerName: item.ownerUserId ? '' : item.ownerName,
    dueDate: item.dueDate ?? '',
  }));
  return (
    <ActionItemForm
      prefix="atgard-andra"
      networkId={networkId}
      initial={initial}
      submitLabel={t('networks.meeting.actions.editSubmit')}
      saveFailed={t('networks.meeting.actions.updateFailed')}
      onSubmit={async (values) =>
        submitOutcome(
          await update({ id: item.id, version: item.version, input: toActionItemInput(values) }, MEETINGS_CHANGED),
          (answer) => answer.updateActionItem.title,
        )
      }
      onSaved={(title) => {
        report('ok', t('networks.meeting.actions.updated', { title }));
        closeEditor(onClose, editButtonId(item));
      }}
      onCancel={() => closeEditor(onClose, editButtonId(item))}
      onReloadLatest={
        onReload &&
        (async () => {
          // The list gets the item's new version, which mounts this editor anew with it (its key).
          if (await onReload()) report('ok', t('networks.meeting.actions.reloaded', { title: item.title }));
          else report('error', t('networks.meeting.actions.reloadFailed'));
        })
      }
    />
  );
}

/**
 * Action items with owner, due date and state; whoever may (owner, chair, secretary) marks one done
 * or open. With `editNetworkId` (chairs and secretaries) each row has "Ändra", its form in a row below.
 */
export function ActionItemTable({
  items,
  caption,
  report,
  editNetworkId,
  onReload,
}: {
  readonly items: readonly ActionItemFieldsFragment[];
  readonly caption: string;
  readonly report: Report;
  readonly editNetworkId?: string | undefined;
  /** Fetches the page's items again (network-only); true when it worked. Offered after a CONFLICT. */
  readonly onReload?: (() => Promise<boolean>) | undefined;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [, setStatus] = useMutation(setActionItemStatusMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const anyUpdatable = editNetworkId !== undefined || items.some((item) => item.canUpdate);
  const columns = anyUpdatable ? 5 : 4;

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
            <Fragment key={item.id}>
              <tr>
                <th scope="row">{item.title}</th>
                <td>{item.ownerName}</td>
                <td>{item.dueDate ? formatLocalDate(item.dueDate, locale) : t('networks.meeting.actions.noDue')}</td>
                <td>{actionItemStatusLabel(item.status, locale)}</td>
                {anyUpdatable && (
                  <td>
                    {editNetworkId !== undefined && (
                      <ToggleButton
                        id={editButtonId(item)}
                        label={t('networks.meeting.actions.edit')}
                        accessibleLabel={t('networks.meeting.actions.editLabel', { title: item.title })}
                        expanded={editing === item.id}
                        controls={editorId(item)}
                        onToggle={() => setEditing(editing === item.id ? null : item.id)}
                      />
                    )}{' '}
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
              {editNetworkId !== undefined && (
                <tr id={editorId(item)} hidden={editing !== item.id}>
                  {editing === item.id && (
                    <td colSpan={columns}>
                      <ActionItemEditor
                        key={item.version}
                        item={item}
                        networkId={editNetworkId}
                        report={report}
                        onClose={() => setEditing(null)}
                        onReload={onReload}
                      />
                    </td>
                  )}
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
