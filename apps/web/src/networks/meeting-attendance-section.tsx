import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { NETWORK_LIMITS } from '@portal/shared-domain';
import { choicesTargetId, FieldIdPrefix, fieldIdOf, rowsTargetId } from '../forms/field-id-prefix';
import { CheckboxGroup, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { newRowKey, RepeatableRows } from '../forms/repeatable-rows';
import { submitOutcome, useFormSubmit } from '../forms/use-form-submit';
import type { MeetingMembersQuery, MeetingPageQuery } from '../gql/graphql';
import { QueryState } from '../ui/query-state';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { holdMeetingMutation, meetingMembersQuery, MEETINGS_CHANGED } from './meeting-queries';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

type Meeting = MeetingPageQuery['meeting'];
type Member = MeetingMembersQuery['network']['members'][number];

interface GuestRow {
  readonly key: string;
  readonly name: string;
  readonly organizationName: string;
}

interface AttendanceState {
  /** The user ids of the members who came. */
  readonly present: readonly string[];
  /** Guests, sent first, so the API's `attendees.N` errors land on `attendees.N` here. */
  readonly attendees: readonly GuestRow[];
}

const PREFIX = 'narvaro';
const emptyGuest = (): GuestRow => ({ key: newRowKey(), name: '', organizationName: '' });
const attendanceFieldOrder = (state: AttendanceState) => [
  'present',
  ...state.attendees.flatMap((_, i) => [`attendees.${i}.name`, `attendees.${i}.organizationName`]),
  'attendees',
];

function AttendanceEditor({ meeting, members, onSaved }: { readonly meeting: Meeting; readonly members: readonly Member[]; readonly onSaved: () => void }) {
  const { t } = useNetworksTranslation();
  const [, hold] = useMutation(holdMeetingMutation);
  const memberIds = new Set(members.map((member) => member.userId));
  const [initial] = useState<AttendanceState>(() => ({
    present: meeting.attendance.flatMap((attendee) => (attendee.userId && memberIds.has(attendee.userId) ? [attendee.userId] : [])),
    attendees: meeting.attendance
      .filter((attendee) => !attendee.userId || !memberIds.has(attendee.userId))
      .map((attendee) => ({ key: attendee.id, name: attendee.name, organizationName: attendee.organizationName })),
  }));
  const form = useFormSubmit<AttendanceState>({
    initial,
    fieldOrder: attendanceFieldOrder,
    validate: (state) =>
      Object.fromEntries(
        state.attendees.flatMap((row, i) => (row.name.trim() ? [] : [[`attendees.${i}.name`, t('networks.meeting.attendance.guestNameRequired')]])),
      ),
    submit: async (state) => {
      const guests = state.attendees.map((row) => ({ userId: null, name: row.name.trim(), organizationName: row.organizationName.trim() }));
      const present = members
        .filter((member) => state.present.includes(member.userId))
        .map((member) => ({ userId: member.userId, name: member.displayName, organizationName: member.organization?.name ?? '' }));
      return submitOutcome(await hold({ meetingId: meeting.id, attendees: [...guests, ...present] }, MEETINGS_CHANGED), (data) => data.holdMeeting.id);
    },
    onSaved,
  });
  const { values, set, errorOf } = form;
  return (
    <FieldIdPrefix prefix={PREFIX}>
      <p>{t('networks.meeting.attendance.intro')}</p>
      <FormFeedback
        form={form}
        saveFailed={t('networks.meeting.attendance.saveFailed')}
        conflictHeading={t('networks.meeting.attendance.saveFailed')}
        targetOf={(path) =>
          path === 'present' ? choicesTargetId(fieldIdOf(PREFIX, path)) : path === 'attendees' ? rowsTargetId(fieldIdOf(PREFIX, path)) : fieldIdOf(PREFIX, path)
        }
      />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <CheckboxGroup
          path="present"
          legend={t('networks.meeting.attendance.members')}
          options={members.map((member) => ({
            value: member.userId,
            label: member.organization
              ? t('networks.meeting.attendance.memberOption', { name: member.displayName, organization: member.organization.name })
              : member.displayName,
          }))}
          error={errorOf('present')}
          values={values.present}
          onChange={(present) => set('present', present)}
        />
        <RepeatableRows
          path="attendees"
          rows={values.attendees}
          onChange={(rows) => set('attendees', rows)}
          newRow={emptyGuest}
          firstField="name"
          error={errorOf('attendees')}
          texts={{
            legend: (number) => t('networks.meeting.attendance.guestLegend', { number }),
            remove: (number) => t('networks.meeting.attendance.guestRemove', { number }),
            add: t('networks.meeting.attendance.guestAdd'),
            empty: t('networks.meeting.attendance.guestsEmpty'),
          }}
        >
          {({ row, path, update }) => (
            <>
              <TextField
                path={`${path}.name`}
                label={t('networks.meeting.attendance.guestName.label')}
                required
                maxLength={NETWORK_LIMITS.shortText}
                error={errorOf(`${path}.name`)}
                value={row.name}
                onChange={(name) => update({ name })}
              />
              <TextField
                path={`${path}.organizationName`}
                label={t('networks.meeting.attendance.guestOrganization.label')}
                maxLength={NETWORK_LIMITS.shortText}
                error={errorOf(`${path}.organizationName`)}
                value={row.organizationName}
                onChange={(organizationName) => update({ organizationName })}
              />
            </>
          )}
        </RepeatableRows>
        <FormActions submitLabel={t('networks.meeting.attendance.submit')} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}

function AttendanceEditorLoader({ meeting, onSaved }: { readonly meeting: Meeting; readonly onSaved: () => void }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: meetingMembersQuery, variables: { networkId: meeting.networkId } });
  return (
    <QueryState result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {({ network }) => <AttendanceEditor meeting={meeting} members={network.members} onSaved={onSaved} />}
    </QueryState>
  );
}

/** "Närvaro": who came, from which organisation; chairs and secretaries record it, which marks the meeting held. */
export function MeetingAttendanceSection({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const [editing, setEditing] = useState(false);
  const { message, report, ref } = useActionMessage();
  return (
    <section aria-labelledby="narvaro-rubrik">
      <h2 id="narvaro-rubrik">{t('networks.meeting.attendance.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {meeting.status !== 'held' ? (
        <p>{t('networks.meeting.attendance.notHeld')}</p>
      ) : meeting.attendance.length === 0 ? (
        <p>{t('networks.meeting.attendance.empty')}</p>
      ) : (
        <div className="table-scroller">
          <table className="network-table">
            <caption>{t('networks.meeting.attendance.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('networks.meeting.attendance.name')}</th>
                <th scope="col">{t('networks.meeting.attendance.organization')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.attendance.map((attendee) => (
                <tr key={attendee.id}>
                  <th scope="row">{attendee.name}</th>
                  <td>{attendee.organizationName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {meeting.canPlan && meeting.status !== 'cancelled' && (
        <>
          <ToggleButton
            label={t('networks.meeting.attendance.editHeading')}
            expanded={editing}
            controls="narvaro-redigera"
            onToggle={() => setEditing(!editing)}
          />
          <div id="narvaro-redigera">
            {editing && (
              <AttendanceEditorLoader
                meeting={meeting}
                onSaved={() => {
                  setEditing(false);
                  report('ok', t('networks.meeting.attendance.saved'));
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
