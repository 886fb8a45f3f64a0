import { useMemo } from 'react';
import { NETWORK_ADMISSIONS, NETWORK_KINDS, NETWORK_LEVELS, NETWORK_LIMITS } from '@portal/shared-domain';
import { choicesTargetId, FieldIdPrefix, fieldIdOf } from '../forms/field-id-prefix';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { FormSection } from '../forms/form-section';
import { useFormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import { useLocale } from '../i18n/use-locale';
import { codeOptions } from './network-format';
import { networkFieldOrder, networkFormErrors, parentChoices, type NetworkFormState, type ParentChoice } from './network-form-state';
import { useNetworksTranslation } from './networks.i18n';

const PREFIX = 'natverk';

interface NetworkFormProps {
  readonly initial: NetworkFormState;
  readonly submitLabel: string;
  /** The network being edited; left out when creating one. */
  readonly networkId?: string;
  readonly networks: readonly ParentChoice[];
  readonly notice?: string | undefined;
  readonly onSubmit: (state: NetworkFormState) => Promise<SubmitOutcome>;
  readonly onSaved: (id: string) => void;
  readonly onReloadLatest?: () => Promise<void>;
}

/** A network's name, purpose, level, kind, parent and who may join; for creating and editing it. */
export function NetworkForm({ initial, submitLabel, networkId, networks, notice, onSubmit, onSaved, onReloadLatest }: NetworkFormProps) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const form = useFormSubmit({
    initial,
    fieldOrder: networkFieldOrder,
    validate: (state) =>
      networkFormErrors(state, {
        name: t('networks.form.clientErrors.nameRequired'),
        level: t('networks.form.clientErrors.levelRequired'),
        kind: t('networks.form.clientErrors.kindRequired'),
      }),
    submit: onSubmit,
    onSaved,
  });
  const { values, set, errorOf } = form;
  const parents = useMemo(() => parentChoices(networks, networkId).map((network) => ({ value: network.id, label: network.name })), [networks, networkId]);
  return (
    <FieldIdPrefix prefix={PREFIX}>
      {notice && (
        <div role="status" className="notice">
          <p>{notice}</p>
        </div>
      )}
      <FormFeedback
        form={form}
        saveFailed={t('networks.form.saveFailed')}
        conflictHeading={t('networks.form.conflictHeading')}
        targetOf={(path) => (path === 'admission' ? choicesTargetId(fieldIdOf(PREFIX, path)) : fieldIdOf(PREFIX, path))}
        onReloadLatest={onReloadLatest}
      />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <FormSection legend={t('networks.form.aboutLegend')}>
          <TextField
            path="name"
            label={t('networks.form.fields.name.label')}
            hint={t('networks.form.fields.name.hint')}
            required
            maxLength={NETWORK_LIMITS.name}
            error={errorOf('name')}
            value={values.name}
            onChange={(v) => set('name', v)}
          />
          <TextAreaField
            path="purpose"
            rows={4}
            label={t('networks.form.fields.purpose.label')}
            hint={t('networks.form.fields.purpose.hint')}
            maxLength={NETWORK_LIMITS.purpose}
            error={errorOf('purpose')}
            value={values.purpose}
            onChange={(v) => set('purpose', v)}
          />
          <SelectField
            path="level"
            label={t('networks.form.fields.level.label')}
            required
            placeholder={t('forms.select')}
            options={codeOptions(NETWORK_LEVELS, locale)}
            error={errorOf('level')}
            value={values.level}
            onChange={(v) => set('level', v)}
          />
          <SelectField
            path="kind"
            label={t('networks.form.fields.kind.label')}
            required
            placeholder={t('forms.select')}
            options={codeOptions(NETWORK_KINDS, locale)}
            error={errorOf('kind')}
            value={values.kind}
            onChange={(v) => set('kind', v)}
          />
        </FormSection>
        <FormSection legend={t('networks.form.placeLegend')}>
          <SelectField
            path="parentId"
            label={t('networks.form.fields.parentId.label')}
            hint={t('networks.form.fields.parentId.hint')}
            placeholder={t('networks.form.noParent')}
            options={parents}
            error={errorOf('parentId')}
            value={values.parentId}
            onChange={(v) => set('parentId', v)}
          />
          <RadioGroup
            path="admission"
            legend={t('networks.form.fields.admission.legend')}
            options={codeOptions(NETWORK_ADMISSIONS, locale)}
            error={errorOf('admission')}
            value={values.admission}
            onChange={(v) => set('admission', v === 'open' ? 'open' : 'invitation')}
          />
        </FormSection>
        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}
