import { useQuery } from 'urql';
import {
  MATERIAL_AUDIENCES,
  MATERIAL_FIELD_LABELS,
  MATERIAL_KINDS,
  MATERIAL_LANGUAGES,
  MATERIAL_LICENCES,
  MATERIAL_LIMITS,
  MATERIAL_REVIEW_CYCLES,
  THEMES,
  VISIBILITY_LEVELS,
  type VisibilityCode,
} from '@portal/shared-domain';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { FormSection } from '../forms/form-section';
import { RepeatableRows } from '../forms/repeatable-rows';
import { useFormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import type { MaterialInput, MaterialVersionInput } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { codeOptions } from '../networks/network-format';
import { MaterialFilesFieldset, useMaterialUploads, useMirroredUploads } from './material-file-uploads';
import {
  emptyLink,
  MATERIAL_FIELD_PREFIX,
  materialFieldOrder,
  materialFocusTarget,
  newMaterialFieldOrder,
  toMaterialInput,
  toMaterialVersionInput,
  validateMaterialFiles,
  validateMaterialForm,
  type MaterialClientError,
  type NewMaterialState,
} from './material-form-state';
import { materialInitiativeChoicesQuery, materialMethodChoicesQuery } from './material-queries';
import type { materialSv } from './material.i18n';
import { useMaterialTranslation } from './material.i18n';
import './material.css';

type FieldKey = keyof (typeof materialSv)['form']['fields'];

interface MaterialFormProps {
  readonly initial: NewMaterialState;
  readonly submitLabel: string;
  /** Create: version 1's files come with the metadata (`files` is then given). */
  readonly withFiles: boolean;
  readonly onSubmit: (input: MaterialInput, files: MaterialVersionInput | null) => Promise<SubmitOutcome>;
  /** Called after a successful save, with the unsaved-changes warning already lifted. */
  readonly onSaved: (id: string) => void;
  /** Edit only: loads the latest stored version (the page remounts the form with it). */
  readonly onReloadLatest?: () => Promise<void>;
  readonly notice?: string | undefined;
}

/** The create/edit form of a material's metadata (and, on create, version 1's files) on the form kit. */
export function MaterialForm({ initial, submitLabel, withFiles, onSubmit, onSaved, onReloadLatest, notice }: MaterialFormProps) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const uploads = useMaterialUploads();
  const words = (errors: Record<string, MaterialClientError>) =>
    Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, t(`material.form.clientErrors.${key}`)]));
  const form = useFormSubmit({
    initial,
    fieldOrder: withFiles ? newMaterialFieldOrder : materialFieldOrder,
    validate: (state) =>
      words({
        ...validateMaterialForm(state),
        ...(withFiles ? validateMaterialFiles({ fileCount: uploads.uploadedIds.length, failed: uploads.failed, note: state.note }, true) : {}),
      }),
    submit: (state) => onSubmit(toMaterialInput(state), withFiles ? toMaterialVersionInput([], uploads.uploadedIds, state.note) : null),
    onSaved,
  });
  const { values, set, setValues, errorOf } = form;
  useMirroredUploads(uploads.uploadedIds, set);
  const [{ data: initiativeData }] = useQuery({ query: materialInitiativeChoicesQuery });
  const [{ data: methodData }] = useQuery({ query: materialMethodChoicesQuery });
  const initiativeOptions = (initiativeData?.initiatives.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.title }));
  const methodOptions = (methodData?.methods.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name }));
  const field = (key: FieldKey): { label: string; hint?: string } => t(`material.form.fields.${key}`, { returnObjects: true });
  const rows = (kind: 'initiative' | 'method') => ({
    legend: (number: number) => t(`material.form.rows.${kind}Legend`, { number }),
    remove: (number: number) => t(`material.form.rows.${kind}Remove`, { number }),
    add: t(`material.form.rows.${kind}Add`),
    empty: t(`material.form.rows.${kind}Empty`),
  });
  const setResponsible = (patch: Partial<NewMaterialState['responsible']>) =>
    setValues((current) => ({ ...current, responsible: { ...current.responsible, ...patch } }));

  return (
    <FieldIdPrefix prefix={MATERIAL_FIELD_PREFIX}>
      {notice && (
        <div role="status" className="notice">
          <p>{notice}</p>
        </div>
      )}
      <FormFeedback
        form={form}
        saveFailed={t('material.form.saveFailed')}
        conflictHeading={t('material.form.conflictHeading')}
        fieldLabel={(name) => MATERIAL_FIELD_LABELS[name]?.[locale]}
        targetOf={materialFocusTarget}
        onReloadLatest={onReloadLatest}
      />
      <p>{t('material.form.intro')}</p>
      <form noValidate onSubmit={form.onSubmit}>
        <FormSection legend={t('material.form.fieldsets.basics')}>
          <TextField
            path="title"
            required
            maxLength={MATERIAL_LIMITS.title}
            {...field('title')}
            error={errorOf('title')}
            value={values.title}
            onChange={(v) => set('title', v)}
          />
          <TextAreaField
            path="summary"
            rows={3}
            maxLength={MATERIAL_LIMITS.summary}
            {...field('summary')}
            error={errorOf('summary')}
            value={values.summary}
            onChange={(v) => set('summary', v)}
          />
          <TextAreaField
            path="description"
            rows={8}
            {...field('description')}
            error={errorOf('description')}
            value={values.description}
            onChange={(v) => set('description', v)}
          />
          <SelectField
            path="kind"
            required
            {...field('kind')}
            placeholder={t('forms.select')}
            options={codeOptions(MATERIAL_KINDS, locale)}
            error={errorOf('kind')}
            value={values.kind}
            onChange={(v) => set('kind', v)}
          />
        </FormSection>

        <FormSection legend={t('material.form.fieldsets.classification')}>
          <CheckboxGroup
            path="themes"
            legend={t('material.form.themes.legend')}
            error={errorOf('themes')}
            options={codeOptions(THEMES, locale)}
            values={values.themes}
            onChange={(v) => set('themes', v)}
          />
          <CheckboxGroup
            path="audiences"
            legend={t('material.form.audiences.legend')}
            hint={t('material.form.audiences.hint')}
            error={errorOf('audiences')}
            options={codeOptions(MATERIAL_AUDIENCES, locale)}
            values={values.audiences}
            onChange={(v) => set('audiences', v)}
          />
          <SelectField
            path="language"
            {...field('language')}
            options={codeOptions(MATERIAL_LANGUAGES, locale)}
            error={errorOf('language')}
            value={values.language}
            onChange={(v) => set('language', v)}
          />
        </FormSection>

        <FormSection legend={t('material.form.fieldsets.terms')}>
          <SelectField
            path="licence"
            {...field('licence')}
            options={codeOptions(MATERIAL_LICENCES, locale)}
            error={errorOf('licence')}
            value={values.licence}
            onChange={(v) => set('licence', v)}
          />
          <TextField
            path="responsible.name"
            autoComplete="name"
            {...field('responsibleName')}
            error={errorOf('responsible.name')}
            value={values.responsible.name}
            onChange={(name) => setResponsible({ name })}
          />
          <TextField
            path="responsible.email"
            type="email"
            autoComplete="email"
            {...field('responsibleEmail')}
            error={errorOf('responsible.email')}
            value={values.responsible.email}
            onChange={(email) => setResponsible({ email })}
          />
          <RadioGroup
            path="visibility"
            legend={t('material.form.visibility.legend')}
            hint={t('material.form.visibility.hint')}
            error={errorOf('visibility')}
            options={codeOptions(VISIBILITY_LEVELS, locale)}
            value={values.visibility}
            onChange={(v) => set('visibility', v as VisibilityCode)}
          />
        </FormSection>

        <FormSection legend={t('material.form.fieldsets.review')}>
          <TextField
            path="validFrom"
            type="date"
            {...field('validFrom')}
            error={errorOf('validFrom')}
            value={values.validFrom}
            onChange={(v) => set('validFrom', v)}
          />
          <TextField path="validTo" type="date" {...field('validTo')} error={errorOf('validTo')} value={values.validTo} onChange={(v) => set('validTo', v)} />
          <SelectField
            path="reviewCycleMonths"
            {...field('reviewCycle')}
            placeholder={t('material.form.noCycle')}
            options={MATERIAL_REVIEW_CYCLES.map((months) => ({ value: String(months), label: t('material.form.cycleOption', { count: months }) }))}
            error={errorOf('reviewCycleMonths')}
            value={values.reviewCycleMonths}
            onChange={(v) => set('reviewCycleMonths', v)}
          />
          <TextField
            path="nextReviewOn"
            type="date"
            {...field('nextReviewOn')}
            error={errorOf('nextReviewOn')}
            value={values.nextReviewOn}
            onChange={(v) => set('nextReviewOn', v)}
          />
        </FormSection>

        <FormSection legend={t('material.form.fieldsets.links')}>
          <RepeatableRows
            path="initiativeIds"
            rows={values.initiatives}
            onChange={(next) => set('initiatives', next)}
            newRow={emptyLink}
            firstField="id"
            error={errorOf('initiativeIds')}
            texts={rows('initiative')}
          >
            {({ row, path, update }) => (
              <SelectField
                path={`${path}.id`}
                required
                {...field('initiative')}
                placeholder={t('forms.select')}
                options={initiativeOptions}
                error={errorOf(`${path}.id`)}
                value={row.id}
                onChange={(id) => update({ id })}
              />
            )}
          </RepeatableRows>
          <RepeatableRows
            path="methodIds"
            rows={values.methods}
            onChange={(next) => set('methods', next)}
            newRow={emptyLink}
            firstField="id"
            error={errorOf('methodIds')}
            texts={rows('method')}
          >
            {({ row, path, update }) => (
              <SelectField
                path={`${path}.id`}
                required
                {...field('method')}
                placeholder={t('forms.select')}
                options={methodOptions}
                error={errorOf(`${path}.id`)}
                value={row.id}
                onChange={(id) => update({ id })}
              />
            )}
          </RepeatableRows>
        </FormSection>

        {withFiles && (
          <>
            <MaterialFilesFieldset legend={t('material.upload.legendCreate')} uploads={uploads} error={errorOf('fileIds')} />
            <TextAreaField
              path="note"
              rows={3}
              maxLength={MATERIAL_LIMITS.note}
              {...field('note')}
              error={errorOf('note')}
              value={values.note}
              onChange={(v) => set('note', v)}
            />
          </>
        )}

        <FormActions submitLabel={submitLabel} submitting={form.submitting} waitingFor={uploads.uploading ? t('material.upload.waiting') : undefined} />
      </form>
    </FieldIdPrefix>
  );
}
