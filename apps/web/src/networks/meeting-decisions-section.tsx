import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { NETWORK_LIMITS } from '@portal/shared-domain';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { SelectField, TextAreaField, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { submitOutcome, useFormSubmit } from '../forms/use-form-submit';
import type { MeetingPageQuery } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from './action-message';
import { ActionItemTable } from './meeting-lists';
import { addActionItemMutation, addNetworkDecisionMutation, meetingMembersQuery, MEETINGS_CHANGED } from './meeting-queries';
import { formatLocalDate } from './network-format';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

type Meeting = MeetingPageQuery['meeting'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const decisionFieldOrder = () => ['text', 'responsible', 'decidedOn'] as const;
const actionFieldOrder = () => ['title', 'ownerUserId', 'ownerName', 'dueDate'] as const;

function DecisionForm({ meeting, onAdded }: { readonly meeting: Meeting; readonly onAdded: (label: string) => void }) {
  const { t } = useNetworksTranslation();
  const [, add] = useMutation(addNetworkDecisionMutation);
  const [initial] = useState({ text: '', responsible: '', decidedOn: '' });
  const form = useFormSubmit({
    initial,
    fieldOrder: decisionFieldOrder,
    validate: (values): Record<string, string> => ({
      ...(values.text.trim() ? {} : { text: t('networks.meeting.decisions.textRequired') }),
      ...(values.decidedOn.trim() && !DATE.test(values.decidedOn.trim()) ? { decidedOn: t('networks.meetings.clientErrors.dateRequired') } : {}),
    }),
    submit: async (values) =>
      submitOutcome(
        await add(
          { input: { meetingId: meeting.id, text: values.text.trim(), responsible: values.responsible.trim(), decidedOn: values.decidedOn.trim() || null } },
          MEETINGS_CHANGED,
        ),
        // The number comes from the API: it is what the message names.
        (data) => data.addNetworkDecision.label,
      ),
    onSaved: onAdded,
    warnOnLeave: false,
  });
  return (
    <FieldIdPrefix prefix="beslut">
      <FormFeedback form={form} saveFailed={t('networks.meeting.decisions.saveFailed')} conflictHeading={t('networks.meeting.decisions.saveFailed')} />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <TextAreaField
          path="text"
          rows={3}
          label={t('networks.meeting.decisions.text.label')}
          required
          maxLength={NETWORK_LIMITS.decision}
          error={form.errorOf('text')}
          value={form.values.text}
          onChange={(v) => form.set('text', v)}
        />
        <TextField
          path="responsible"
          label={t('networks.meeting.decisions.responsibleField.label')}
          maxLength={NETWORK_LIMITS.shortText}
          error={form.errorOf('responsible')}
          value={form.values.responsible}
          onChange={(v) => form.set('responsible', v)}
        />
        <TextField
          path="decidedOn"
          type="date"
          width="medium"
          label={t('networks.meeting.decisions.decidedOn.label')}
          hint={t('networks.meeting.decisions.decidedOn.hint')}
          error={form.errorOf('decidedOn')}
          value={form.values.decidedOn}
          onChange={(v) => form.set('decidedOn', v)}
        />
        <FormActions submitLabel={t('networks.meeting.decisions.submit')} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}

function ActionItemForm({ meeting, onAdded }: { readonly meeting: Meeting; readonly onAdded: (title: string) => void }) {
  const { t } = useNetworksTranslation();
  const [, add] = useMutation(addActionItemMutation);
  const [{ data }] = useQuery({ query: meetingMembersQuery, variables: { networkId: meeting.networkId } });
  const [initial] = useState({ title: '', ownerUserId: '', ownerName: '', dueDate: '' });
  const form = useFormSubmit({
    initial,
    fieldOrder: actionFieldOrder,
    validate: (values): Record<string, string> => ({
      ...(values.title.trim() ? {} : { title: t('networks.meeting.actions.titleRequired') }),
      ...(values.ownerUserId || values.ownerName.trim() ? {} : { ownerName: t('networks.meeting.actions.ownerRequired') }),
      ...(values.dueDate.trim() && !DATE.test(values.dueDate.trim()) ? { dueDate: t('networks.meetings.clientErrors.dateRequired') } : {}),
    }),
    submit: async (values) =>
      submitOutcome(
        await add(
          {
            meetingId: meeting.id,
            input: {
              title: values.title.trim(),
              ownerUserId: values.ownerUserId || null,
              ownerName: values.ownerName.trim(),
              dueDate: values.dueDate.trim() || null,
            },
          },
          MEETINGS_CHANGED,
        ),
        (answer) => answer.addActionItem.title,
      ),
    onSaved: onAdded,
    warnOnLeave: false,
  });
  return (
    <FieldIdPrefix prefix="atgard">
      <FormFeedback form={form} saveFailed={t('networks.meeting.actions.saveFailed')} conflictHeading={t('networks.meeting.actions.saveFailed')} />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <TextField
          path="title"
          label={t('networks.meeting.actions.titleField.label')}
          required
          maxLength={NETWORK_LIMITS.shortText}
          error={form.errorOf('title')}
          value={form.values.title}
          onChange={(v) => form.set('title', v)}
        />
        <SelectField
          path="ownerUserId"
          label={t('networks.meeting.actions.ownerUserId.label')}
          placeholder={t('networks.meeting.actions.ownerUserId.none')}
          options={(data?.network.members ?? []).map((member) => ({ value: member.userId, label: member.displayName }))}
          error={form.errorOf('ownerUserId')}
          value={form.values.ownerUserId}
          onChange={(v) => form.set('ownerUserId', v)}
        />
        {!form.values.ownerUserId && (
          <TextField
            path="ownerName"
            label={t('networks.meeting.actions.ownerName.label')}
            hint={t('networks.meeting.actions.ownerName.hint')}
            maxLength={NETWORK_LIMITS.shortText}
            error={form.errorOf('ownerName')}
            value={form.values.ownerName}
            onChange={(v) => form.set('ownerName', v)}
          />
        )}
        <TextField
          path="dueDate"
          type="date"
          width="medium"
          label={t('networks.meeting.actions.dueDate.label')}
          error={form.errorOf('dueDate')}
          value={form.values.dueDate}
          onChange={(v) => form.set('dueDate', v)}
        />
        <FormActions submitLabel={t('networks.meeting.actions.submit')} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}

/** "Beslut" of the meeting ("Beslut 2027:1"), numbered by the API; chairs and secretaries record them. */
export function MeetingDecisionsSection({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const { message, report, ref } = useActionMessage();
  return (
    <section aria-labelledby="motesbeslut-rubrik">
      <h2 id="motesbeslut-rubrik">{t('networks.meeting.decisions.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {meeting.decisions.length === 0 ? (
        <p>{t('networks.meeting.decisions.empty')}</p>
      ) : (
        <ul className="network-list">
          {meeting.decisions.map((decision) => (
            <li key={decision.id}>
              <h3 className="network-list__title">{t('networks.meetings.decisionLabel', { label: decision.label })}</h3>
              <p className="network-text">{decision.text}</p>
              <p className="hint">
                {formatLocalDate(decision.decidedOn, locale)}
                {decision.responsible && <>, {t('networks.meeting.decisions.responsible', { name: decision.responsible })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {meeting.canPlan && (
        <>
          <ToggleButton label={t('networks.meeting.decisions.addHeading')} expanded={adding} controls="beslut-ny" onToggle={() => setAdding(!adding)} />
          <div id="beslut-ny">
            {adding && (
              <DecisionForm
                meeting={meeting}
                onAdded={(label) => {
                  setAdding(false);
                  report('ok', t('networks.meeting.decisions.added', { label }));
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** "Åtgärder": those decided at the meeting, the open ones carried from earlier meetings, and adding one. */
export function MeetingActionItemsSection({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const [adding, setAdding] = useState(false);
  const { message, report, ref } = useActionMessage();
  return (
    <section aria-labelledby="motesatgarder-rubrik">
      <h2 id="motesatgarder-rubrik">{t('networks.meeting.actions.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {meeting.actionItems.length === 0 ? (
        <p>{t('networks.meeting.actions.empty')}</p>
      ) : (
        <ActionItemTable items={meeting.actionItems} caption={t('networks.meeting.actions.caption')} report={report} />
      )}
      {meeting.canPlan && meeting.status !== 'cancelled' && (
        <>
          <ToggleButton label={t('networks.meeting.actions.addHeading')} expanded={adding} controls="atgard-ny" onToggle={() => setAdding(!adding)} />
          <div id="atgard-ny">
            {adding && (
              <ActionItemForm
                meeting={meeting}
                onAdded={(title) => {
                  setAdding(false);
                  report('ok', t('networks.meeting.actions.added', { title }));
                }}
              />
            )}
          </div>
        </>
      )}
      <h3>{t('networks.meeting.actions.carriedHeading')}</h3>
      {meeting.carriedActionItems.length === 0 ? (
        <p>{t('networks.meeting.actions.carriedEmpty')}</p>
      ) : (
        <ActionItemTable items={meeting.carriedActionItems} caption={t('networks.meeting.actions.carriedCaption')} report={report} />
      )}
    </section>
  );
}
