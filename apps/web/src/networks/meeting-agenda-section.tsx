import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { NETWORK_LIMITS } from '@portal/shared-domain';
import { initiativePath, methodPath } from '../app/site-map';
import { FieldIdPrefix, fieldIdOf, rowsTargetId } from '../forms/field-id-prefix';
import { TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { newRowKey, RepeatableRows } from '../forms/repeatable-rows';
import { submitOutcome, useFormSubmit } from '../forms/use-form-submit';
import type { AgendaItemInput, MeetingPageQuery } from '../gql/graphql';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { MEETINGS_CHANGED, setMeetingAgendaMutation } from './meeting-queries';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

type Meeting = MeetingPageQuery['meeting'];
type AgendaItem = Meeting['agenda'][number];

interface AgendaRow {
  readonly key: string;
  readonly title: string;
  readonly presenter: string;
  readonly startsAt: string;
  readonly durationMinutes: string;
  /** Kept as they are: links are not edited here. */
  readonly links: readonly { readonly kind: string; readonly id: string }[];
}

interface AgendaState {
  readonly items: readonly AgendaRow[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PREFIX = 'dagordning';
const emptyRow = (): AgendaRow => ({ key: newRowKey(), title: '', presenter: '', startsAt: '', durationMinutes: '', links: [] });
const rowOf = (item: AgendaItem): AgendaRow => ({
  key: item.id,
  title: item.title,
  presenter: item.presenter,
  startsAt: item.startsAt,
  durationMinutes: item.durationMinutes === null || item.durationMinutes === undefined ? '' : String(item.durationMinutes),
  links: item.links.map((link) => ({ kind: link.kind, id: link.id })),
});
const agendaFieldOrder = (state: AgendaState) => [
  ...state.items.flatMap((_, i) => [`items.${i}.title`, `items.${i}.presenter`, `items.${i}.startsAt`, `items.${i}.durationMinutes`]),
  'items',
];
const toAgendaInput = (state: AgendaState): AgendaItemInput[] =>
  state.items.map((row) => ({
    title: row.title.trim(),
    presenter: row.presenter.trim(),
    startsAt: row.startsAt.trim(),
    durationMinutes: row.durationMinutes.trim() ? Number(row.durationMinutes.trim()) : null,
    links: row.links.map((link) => ({ kind: link.kind, id: link.id })),
  }));

function AgendaEditor({ meeting, onSaved }: { readonly meeting: Meeting; readonly onSaved: () => void }) {
  const { t } = useNetworksTranslation();
  const [, setAgenda] = useMutation(setMeetingAgendaMutation);
  const [initial] = useState<AgendaState>(() => ({ items: meeting.agenda.map(rowOf) }));
  const form = useFormSubmit<AgendaState>({
    initial,
    fieldOrder: agendaFieldOrder,
    validate: (state) => {
      const errors: Record<string, string> = {};
      state.items.forEach((row, i) => {
        if (!row.title.trim()) errors[`items.${i}.title`] = t('networks.meeting.agenda.titleRequired');
        if (row.startsAt.trim() && !TIME.test(row.startsAt.trim())) errors[`items.${i}.startsAt`] = t('networks.meeting.agenda.startsAtInvalid');
        const minutes = Number(row.durationMinutes.trim());
        if (row.durationMinutes.trim() && (!Number.isInteger(minutes) || minutes < 1 || minutes > 600))
          errors[`items.${i}.durationMinutes`] = t('networks.meeting.agenda.durationInvalid');
      });
      return errors;
    },
    submit: async (state) =>
      submitOutcome(await setAgenda({ meetingId: meeting.id, items: toAgendaInput(state) }, MEETINGS_CHANGED), (data) => data.setMeetingAgenda.id),
    onSaved,
  });
  const { values, set, errorOf } = form;
  return (
    <FieldIdPrefix prefix={PREFIX}>
      <FormFeedback
        form={form}
        saveFailed={t('networks.meeting.agenda.saveFailed')}
        conflictHeading={t('networks.meeting.agenda.saveFailed')}
        targetOf={(path) => (path === 'items' ? rowsTargetId(fieldIdOf(PREFIX, path)) : fieldIdOf(PREFIX, path))}
      />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <RepeatableRows
          path="items"
          rows={values.items}
          onChange={(rows) => set('items', rows)}
          newRow={emptyRow}
          firstField="title"
          error={errorOf('items')}
          texts={{
            legend: (number) => t('networks.meeting.agenda.legend', { number }),
            remove: (number) => t('networks.meeting.agenda.remove', { number }),
            add: t('networks.meeting.agenda.add'),
            empty: t('networks.meeting.agenda.rowsEmpty'),
          }}
        >
          {({ row, path, update }) => (
            <>
              <TextField
                path={`${path}.title`}
                label={t('networks.meeting.agenda.title.label')}
                required
                maxLength={NETWORK_LIMITS.name}
                error={errorOf(`${path}.title`)}
                value={row.title}
                onChange={(title) => update({ title })}
              />
              <TextField
                path={`${path}.presenter`}
                label={t('networks.meeting.agenda.presenterField.label')}
                maxLength={NETWORK_LIMITS.shortText}
                error={errorOf(`${path}.presenter`)}
                value={row.presenter}
                onChange={(presenter) => update({ presenter })}
              />
              <TextField
                path={`${path}.startsAt`}
                label={t('networks.meeting.agenda.startsAt.label')}
                hint={t('networks.meeting.agenda.startsAt.hint')}
                width="short"
                error={errorOf(`${path}.startsAt`)}
                value={row.startsAt}
                onChange={(startsAt) => update({ startsAt })}
              />
              <TextField
                path={`${path}.durationMinutes`}
                label={t('networks.meeting.agenda.durationMinutes.label')}
                inputMode="numeric"
                width="short"
                error={errorOf(`${path}.durationMinutes`)}
                value={row.durationMinutes}
                onChange={(durationMinutes) => update({ durationMinutes })}
              />
            </>
          )}
        </RepeatableRows>
        <FormActions submitLabel={t('networks.meeting.agenda.submit')} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}

const linkPath = (link: { readonly kind: string; readonly id: string }) => (link.kind === 'method' ? methodPath(link.id) : initiativePath(link.id));

/** "Dagordning": the items in order; chairs and secretaries open the editor (RepeatableRows). */
export function MeetingAgendaSection({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const [editing, setEditing] = useState(false);
  const { message, report, ref } = useActionMessage();
  return (
    <section aria-labelledby="dagordning-rubrik">
      <h2 id="dagordning-rubrik">{t('networks.meeting.agenda.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {meeting.agenda.length === 0 ? (
        <p>{t('networks.meeting.agenda.empty')}</p>
      ) : (
        <ol className="network-agenda">
          {meeting.agenda.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>
              {(item.startsAt || item.durationMinutes) && (
                <span className="hint">
                  {' '}
                  (
                  {[
                    item.startsAt && t('networks.meeting.agenda.at', { time: item.startsAt }),
                    item.durationMinutes && t('networks.meeting.agenda.minutes', { count: item.durationMinutes }),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  )
                </span>
              )}
              {item.presenter && (
                <>
                  <br />
                  <span>{t('networks.meeting.agenda.presenter', { name: item.presenter })}</span>
                </>
              )}
              {item.links.length > 0 && (
                <>
                  <br />
                  <span>
                    {t('networks.meeting.agenda.about')}:{' '}
                    {item.links.map((link, index) => (
                      <span key={`${link.kind}-${link.id}`}>
                        {index > 0 && ', '}
                        <Link to={linkPath(link)}>{link.title}</Link>
                      </span>
                    ))}
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {meeting.canPlan && (
        <>
          <ToggleButton
            label={t('networks.meeting.agenda.editHeading')}
            expanded={editing}
            controls="dagordning-redigera"
            onToggle={() => setEditing(!editing)}
          />
          <div id="dagordning-redigera">
            {editing && (
              <AgendaEditor
                meeting={meeting}
                onSaved={() => {
                  setEditing(false);
                  report('ok', t('networks.meeting.agenda.saved'));
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
