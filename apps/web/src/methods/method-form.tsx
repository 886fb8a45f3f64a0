import { useQuery } from 'urql';
import {
  EVIDENCE_LEVELS,
  METHOD_FIELD_LABELS,
  METHOD_LIMITS,
  METHOD_RELATION_KINDS,
  METHOD_SOURCE_KINDS,
  METHOD_TEXT_FIELDS,
  TARGET_GROUPS,
  THEMES,
  VISIBILITY_LEVELS,
  type MethodTextField,
  type VisibilityCode,
} from '@portal/shared-domain';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { FormSection } from '../forms/form-section';
import { RepeatableRows } from '../forms/repeatable-rows';
import { useFormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import type { MethodInput } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { methodChoicesQuery } from './method-queries';
import type { methodsSv } from './methods.i18n';
import {
  emptyRelation,
  emptySource,
  emptyStep,
  METHOD_FIELD_PREFIX,
  methodFieldOrder,
  methodFocusTarget,
  REQUIREMENT_KEYS,
  toMethodInput,
  validateMethodForm,
  type MethodFormState,
} from './method-form-state';
import { useMethodsTranslation } from './methods.i18n';

type MethodTexts = typeof methodsSv;
type FieldKey = {
  [K in keyof MethodTexts['form']['fields']]: MethodTexts['form']['fields'][K] extends { readonly label: string } ? K : never;
}[keyof MethodTexts['form']['fields']];

const TEXT_AREAS = (Object.keys(METHOD_TEXT_FIELDS) as MethodTextField[]).filter((key) => key !== 'name');
const METHOD_TEXT_AREA_ROWS: Partial<Record<MethodTextField, number>> = { description: 8 };
const isLabelled = (value: unknown): value is { label: string; hint?: string } =>
  typeof value === 'object' && value !== null && typeof (value as { label?: unknown }).label === 'string';

interface MethodFormProps {
  readonly initial: MethodFormState;
  readonly submitLabel: string;
  readonly onSubmit: (input: MethodInput) => Promise<SubmitOutcome>;
  /** Called after a successful save, with the unsaved-changes warning already lifted. */
  readonly onSaved: (id: string) => void;
  /** Edit only: loads the latest stored version (the page remounts the form with it). */
  readonly onReloadLatest?: () => Promise<void>;
  /** Edit only: the method itself, which cannot be its own relative. */
  readonly methodId?: string;
  readonly notice?: string | undefined;
}

/** The create/edit form of a method: all of MethodInput on the form kit, with the server's errors on its fields. */
export function MethodForm({ initial, submitLabel, onSubmit, onSaved, onReloadLatest, methodId, notice }: MethodFormProps) {
  const { t } = useMethodsTranslation();
  const locale = useLocale();
  const form = useFormSubmit({
    initial,
    fieldOrder: methodFieldOrder,
    validate: (state) => Object.fromEntries(Object.entries(validateMethodForm(state)).map(([path, key]) => [path, t(`methods.form.clientErrors.${key}`)])),
    submit: (state) => onSubmit(toMethodInput(state)),
    onSaved,
  });
  const { values, set, setValues, errorOf } = form;
  const [{ data: choicesData }] = useQuery({ query: methodChoicesQuery });
  const methodOptions = (choicesData?.methods?.edges ?? [])
    .filter((edge) => edge.node.id !== methodId)
    .map((edge) => ({ value: edge.node.id, label: edge.node.name }));
  const options = (terms: ReadonlyArray<{ readonly code: string; readonly label: Readonly<Record<'sv' | 'en', string>> }>) =>
    terms.map((term) => ({ value: term.code, label: term.label[locale] }));
  // Label and (where there is one) hint of a plain field from methods.form.fields.<key>.
  const field = (key: FieldKey): { label: string; hint?: string } => t(`methods.form.fields.${key}`, { returnObjects: true });
  const rows = (kind: 'step' | 'source' | 'related') => ({
    legend: (number: number) => t(`methods.form.rows.${kind}Legend`, { number }),
    remove: (number: number) => t(`methods.form.rows.${kind}Remove`, { number }),
    add: t(`methods.form.rows.${kind}Add`),
    empty: t(`methods.form.rows.${kind}Empty`),
  });
  // Every declared text field after the name is a text area, in declaration order; one without
  // texts of its own in methods.form.fields is labelled by its declared label.
  const formTexts: Readonly<Record<string, unknown>> = t('methods.form.fields', { returnObjects: true });
  const areaTexts = (key: MethodTextField): { label: string; hint?: string } => {
    const own = formTexts[key];
    return isLabelled(own) ? own : { label: METHOD_TEXT_FIELDS[key].label[locale] };
  };
  const area = (key: MethodTextField) => (
    <TextAreaField
      key={key}
      path={key}
      rows={METHOD_TEXT_AREA_ROWS[key] ?? 3}
      {...areaTexts(key)}
      error={errorOf(key)}
      value={values[key]}
      onChange={(v) => set(key, v)}
    />
  );

  return (
    <FieldIdPrefix prefix={METHOD_FIELD_PREFIX}>
      {notice && (
        <div role="status" className="notice">
          <p>{notice}</p>
        </div>
      )}
      <FormFeedback
        form={form}
        saveFailed={t('methods.form.saveFailed')}
        conflictHeading={t('methods.form.conflictHeading')}
        fieldLabel={(name) => METHOD_FIELD_LABELS[name]?.[locale]}
        targetOf={methodFocusTarget}
        onReloadLatest={onReloadLatest}
      />
      <p>{t('methods.form.intro')}</p>
      <form className="method-form" noValidate onSubmit={form.onSubmit}>
        <FormSection legend={t('methods.form.fieldsets.basics')}>
          <TextField
            path="name"
            required
            maxLength={METHOD_LIMITS.name}
            {...field('name')}
            error={errorOf('name')}
            value={values.name}
            onChange={(v) => set('name', v)}
          />
          {TEXT_AREAS.map(area)}
        </FormSection>

        <FormSection legend={t('methods.form.fieldsets.classification')}>
          <CheckboxGroup
            path="themes"
            legend={t('methods.form.fields.themes.legend')}
            hint={t('methods.form.fields.themes.hint')}
            error={errorOf('themes')}
            options={options(THEMES)}
            values={values.themes}
            onChange={(v) => set('themes', v)}
          />
          <CheckboxGroup
            path="targetGroups"
            legend={t('methods.form.fields.targetGroups.legend')}
            hint={t('methods.form.fields.targetGroups.hint')}
            error={errorOf('targetGroups')}
            options={options(TARGET_GROUPS)}
            values={values.targetGroups}
            onChange={(v) => set('targetGroups', v)}
          />
        </FormSection>

        <FormSection legend={t('methods.form.fieldsets.steps')} hint={t('methods.form.fields.stepsHint')}>
          <RepeatableRows
            path="steps"
            rows={values.steps}
            onChange={(next) => set('steps', next)}
            newRow={emptyStep}
            firstField="title"
            error={errorOf('steps')}
            texts={rows('step')}
          >
            {({ row, path, update }) => (
              <>
                <TextField
                  path={`${path}.title`}
                  required
                  {...field('stepTitle')}
                  error={errorOf(`${path}.title`)}
                  value={row.title}
                  onChange={(title) => update({ title })}
                />
                <TextAreaField
                  path={`${path}.description`}
                  rows={3}
                  {...field('stepDescription')}
                  error={errorOf(`${path}.description`)}
                  value={row.description}
                  onChange={(description) => update({ description })}
                />
              </>
            )}
          </RepeatableRows>
        </FormSection>

        <FormSection legend={t('methods.form.fieldsets.requirements')}>
          {REQUIREMENT_KEYS.map((key) => (
            <TextField
              key={key}
              path={`requirements.${key}`}
              {...field(key)}
              error={errorOf(`requirements.${key}`)}
              value={values.requirements[key]}
              onChange={(v) => setValues((current) => ({ ...current, requirements: { ...current.requirements, [key]: v } }))}
            />
          ))}
        </FormSection>

        <FormSection legend={t('methods.form.fieldsets.evidence')} hint={t('methods.form.fields.sourcesHint')}>
          <SelectField
            path="evidenceLevel"
            {...field('evidenceLevel')}
            placeholder={t('methods.detail.notSet')}
            options={options(EVIDENCE_LEVELS)}
            error={errorOf('evidenceLevel')}
            value={values.evidenceLevel}
            onChange={(v) => set('evidenceLevel', v)}
          />
          <RepeatableRows
            path="evidenceSources"
            rows={values.evidenceSources}
            onChange={(next) => set('evidenceSources', next)}
            newRow={emptySource}
            firstField="title"
            error={errorOf('evidenceSources')}
            texts={rows('source')}
          >
            {({ row, path, update }) => (
              <>
                <TextField
                  path={`${path}.title`}
                  required
                  {...field('sourceTitle')}
                  error={errorOf(`${path}.title`)}
                  value={row.title}
                  onChange={(title) => update({ title })}
                />
                <TextField
                  path={`${path}.url`}
                  type="url"
                  {...field('sourceUrl')}
                  error={errorOf(`${path}.url`)}
                  value={row.url}
                  onChange={(url) => update({ url })}
                />
                <SelectField
                  path={`${path}.kind`}
                  required
                  {...field('sourceKind')}
                  placeholder={t('forms.select')}
                  options={options(METHOD_SOURCE_KINDS)}
                  error={errorOf(`${path}.kind`)}
                  value={row.kind}
                  onChange={(kind) => update({ kind })}
                />
              </>
            )}
          </RepeatableRows>
        </FormSection>

        <FormSection legend={t('methods.form.fieldsets.related')} hint={t('methods.form.fields.relatedHint')}>
          <RepeatableRows
            path="relations"
            rows={values.relations}
            onChange={(next) => set('relations', next)}
            newRow={emptyRelation}
            firstField="kind"
            error={errorOf('relations')}
            texts={rows('related')}
          >
            {({ row, path, update }) => (
              <>
                <SelectField
                  path={`${path}.kind`}
                  required
                  {...field('relatedKind')}
                  options={options(METHOD_RELATION_KINDS)}
                  error={errorOf(`${path}.kind`)}
                  value={row.kind}
                  onChange={(kind) => update({ kind })}
                />
                <SelectField
                  path={`${path}.methodId`}
                  required
                  {...field('relatedMethod')}
                  placeholder={t('forms.select')}
                  options={methodOptions}
                  error={errorOf(`${path}.methodId`)}
                  value={row.methodId}
                  onChange={(id) => update({ methodId: id })}
                />
              </>
            )}
          </RepeatableRows>
        </FormSection>

        <FormSection legend={t('methods.form.fieldsets.contact')}>
          <TextField
            path="contactPerson.name"
            {...field('contactName')}
            error={errorOf('contactPerson.name')}
            value={values.contactPerson.name}
            onChange={(name) => setValues((current) => ({ ...current, contactPerson: { ...current.contactPerson, name } }))}
          />
          <TextField
            path="contactPerson.email"
            type="email"
            {...field('contactEmail')}
            error={errorOf('contactPerson.email')}
            value={values.contactPerson.email}
            onChange={(email) => setValues((current) => ({ ...current, contactPerson: { ...current.contactPerson, email } }))}
          />
          <RadioGroup
            path="visibility"
            legend={t('methods.form.fields.visibility.legend')}
            hint={t('methods.form.fields.visibility.hint')}
            error={errorOf('visibility')}
            options={options(VISIBILITY_LEVELS)}
            value={values.visibility}
            onChange={(v) => set('visibility', v as VisibilityCode)}
          />
        </FormSection>

        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}
