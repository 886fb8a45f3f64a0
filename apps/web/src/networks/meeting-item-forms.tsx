import { flushSync } from 'react-dom';
import { useQuery } from 'urql';
import { NETWORK_LIMITS } from '@portal/shared-domain';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { SelectField, TextAreaField, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { useFormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import { useTranslation } from 'react-i18next';
import { meetingMembersQuery } from './meeting-queries';
import { useNetworksTranslation } from './networks.i18n';

// The forms of a decision and of an action item: empty to add one, prefilled to change one.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const decisionFieldOrder = () => ['text', 'responsible', 'decidedOn'] as const;
const actionFieldOrder = () => ['title', 'ownerUserId', 'ownerName', 'dueDate'] as const;

export interface DecisionValues {
  readonly text: string;
  readonly responsible: string;
  readonly decidedOn: string;
}

export interface ActionItemValues {
  readonly title: string;
  readonly ownerUserId: string;
  readonly ownerName: string;
  readonly dueDate: string;
}

export const emptyDecision = (): DecisionValues => ({ text: '', responsible: '', decidedOn: '' });
export const emptyActionItem = (): ActionItemValues => ({ title: '', ownerUserId: '', ownerName: '', dueDate: '' });

interface ItemFormProps<T> {
  /** The DOM id prefix of the fields ("beslut", "beslut-andra"). */
  readonly prefix: string;
  readonly initial: T;
  readonly submitLabel: string;
  readonly saveFailed: string;
  readonly onSubmit: (values: T) => Promise<SubmitOutcome>;
  readonly onSaved: (id: string) => void;
  /** Edit forms: closes the form without saving. */
  readonly onCancel?: () => void;
  /** The date field's hint (adding: "Lämna tomt för mötets datum."). */
  readonly dateHint?: string;
  /** Edit forms after a CONFLICT: loads the latest stored version (asked first, see FormFeedback). */
  readonly onReloadLatest?: (() => Promise<void>) | undefined;
}

/** Closes an editor and puts focus back on the button that opened it. */
export function closeEditor(close: () => void, buttonId: string) {
  flushSync(close);
  document.getElementById(buttonId)?.focus();
}

function CancelButton({ onCancel }: { readonly onCancel: (() => void) | undefined }) {
  const { t } = useTranslation();
  if (!onCancel) return null;
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('forms.cancel')}
      </button>
    </p>
  );
}

export function DecisionForm({ prefix, initial, submitLabel, saveFailed, onSubmit, onSaved, onCancel, dateHint }: ItemFormProps<DecisionValues>) {
  const { t } = useNetworksTranslation();
  const form = useFormSubmit({
    initial,
    fieldOrder: decisionFieldOrder,
    validate: (values): Record<string, string> => ({
      ...(values.text.trim() ? {} : { text: t('networks.meeting.decisions.textRequired') }),
      ...(values.decidedOn.trim() && !DATE.test(values.decidedOn.trim()) ? { decidedOn: t('networks.meetings.clientErrors.dateRequired') } : {}),
    }),
    submit: onSubmit,
    onSaved,
    warnOnLeave: false,
  });
  return (
    <FieldIdPrefix prefix={prefix}>
      <FormFeedback form={form} saveFailed={saveFailed} conflictHeading={saveFailed} />
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
          hint={dateHint}
          error={form.errorOf('decidedOn')}
          value={form.values.decidedOn}
          onChange={(v) => form.set('decidedOn', v)}
        />
        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
        <CancelButton onCancel={onCancel} />
      </form>
    </FieldIdPrefix>
  );
}

export function ActionItemForm({
  prefix,
  networkId,
  initial,
  submitLabel,
  saveFailed,
  onSubmit,
  onSaved,
  onCancel,
  onReloadLatest,
}: ItemFormProps<ActionItemValues> & { readonly networkId: string }) {
  const { t } = useNetworksTranslation();
  const [{ data }] = useQuery({ query: meetingMembersQuery, variables: { networkId } });
  const form = useFormSubmit({
    initial,
    fieldOrder: actionFieldOrder,
    validate: (values): Record<string, string> => ({
      ...(values.title.trim() ? {} : { title: t('networks.meeting.actions.titleRequired') }),
      ...(values.ownerUserId || values.ownerName.trim() ? {} : { ownerName: t('networks.meeting.actions.ownerRequired') }),
      ...(values.dueDate.trim() && !DATE.test(values.dueDate.trim()) ? { dueDate: t('networks.meetings.clientErrors.dateRequired') } : {}),
    }),
    submit: onSubmit,
    onSaved,
    warnOnLeave: false,
  });
  return (
    <FieldIdPrefix prefix={prefix}>
      <FormFeedback form={form} saveFailed={saveFailed} conflictHeading={saveFailed} onReloadLatest={onReloadLatest} />
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
        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
        <CancelButton onCancel={onCancel} />
      </form>
    </FieldIdPrefix>
  );
}

export const toActionItemInput = (values: ActionItemValues) => ({
  title: values.title.trim(),
  ownerUserId: values.ownerUserId || null,
  ownerName: values.ownerName.trim(),
  dueDate: values.dueDate.trim() || null,
});
