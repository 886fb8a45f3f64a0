import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { INITIATIVE_FIELD_LABELS, VISIBILITY_LEVELS, LIFECYCLE_STATUSES, PROJECT_KINDS, TARGET_GROUPS, THEMES } from '@portal/shared-domain';
import { FieldIdPrefix } from '../../forms/field-id-prefix';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../forms/form-fields';
import { FormActions, FormFeedback } from '../../forms/form-feedback';
import { FieldGroup, FormSection } from '../../forms/form-section';
import { useFormSubmit, type SubmitOutcome } from '../../forms/use-form-submit';
import type { InitiativeInput } from '../../gql/graphql';
import { useLocale } from '../../i18n/use-locale';
import { MethodPicker } from '../../methods/method-picker';
import { fieldId, focusTargetId, formFieldOrder, INITIATIVE_FIELD_PREFIX } from './initiative-form-errors';
import { FundingLineList, ParticipantPeriodList, PartnerList } from './initiative-form-lists';
import { initiativeFormMeQuery, initiativeFormOrganizationsQuery } from './initiative-form-queries';
import { toInitiativeInput, validateFormState, type InitiativeFormState, type PersonState } from './initiative-form-state';
import './initiative-form.css';
import { useInitiativeFormTranslation } from './initiative-form.i18n';

interface InitiativeFormProps {
  readonly initial: InitiativeFormState;
  readonly submitLabel: string;
  readonly onSubmit: (input: InitiativeInput) => Promise<SubmitOutcome>;
  /** Called after a successful save, with the unsaved-changes warning already lifted. */
  readonly onSaved: (id: string) => void;
  /** Edit only: loads the latest stored version (the page remounts the form with it). */
  readonly onReloadLatest?: () => Promise<void>;
  /** A message to show (and announce) above the form, e.g. after loading the latest version. */
  readonly notice?: string | undefined;
  /** Shown after the themes and target groups, with the values as they are (the create form's similar initiatives). */
  readonly aside?: (state: InitiativeFormState) => ReactNode;
}

/** The create/edit form for an initiative: all of InitiativeInput, with the server's errors on its fields. */
export function InitiativeForm({ initial, submitLabel, onSubmit, onSaved, onReloadLatest, notice, aside }: InitiativeFormProps) {
  const { t } = useInitiativeFormTranslation();
  const locale = useLocale();
  const form = useFormSubmit({
    initial,
    fieldOrder: formFieldOrder,
    validate: (state) => Object.fromEntries(Object.entries(validateFormState(state)).map(([path, key]) => [path, t(`initiativeForm.clientErrors.${key}`)])),
    submit: (state) => onSubmit(toInitiativeInput(state)),
    onSaved,
  });
  const { values: state, set, errorOf } = form;
  const [{ data: meData }] = useQuery({ query: initiativeFormMeQuery });
  const [{ data: organizationsData }] = useQuery({ query: initiativeFormOrganizationsQuery });
  const me = meData?.me;
  const setPerson = (key: 'contactPerson' | 'projectLeader', patch: Partial<PersonState>) =>
    form.setValues((current) => ({ ...current, [key]: { ...current[key], ...patch } }));
  const options = (terms: ReadonlyArray<{ readonly code: string; readonly label: Readonly<Record<'sv' | 'en', string>> }>) =>
    terms.map((term) => ({ value: term.code, label: term.label[locale] }));
  // The plain fields: label and hint from initiativeForm.fields.<path>, value and error by path.
  const text = (
    key: 'title' | 'occupations' | 'methods' | 'implementationOwner' | 'startDate' | 'endDate',
    extra: { readonly required?: boolean; readonly date?: boolean } = {},
  ) => (
    <TextField
      path={key}
      type={extra.date ? 'date' : 'text'}
      width={extra.date ? 'short' : undefined}
      required={extra.required}
      label={t(`initiativeForm.fields.${key}.label`)}
      hint={t(`initiativeForm.fields.${key}.hint`)}
      error={errorOf(key)}
      value={state[key]}
      onChange={(v) => set(key, v)}
    />
  );
  const area = (
    key: 'summary' | 'description' | 'genderEquality' | 'nonDiscrimination' | 'accessibility' | 'results' | 'lessonsLearned' | 'implementationPlan',
    rows?: number,
  ) => (
    <TextAreaField
      key={key}
      path={key}
      rows={rows}
      label={t(`initiativeForm.fields.${key}.label`)}
      hint={t(`initiativeForm.fields.${key}.hint`)}
      error={errorOf(key)}
      value={state[key]}
      onChange={(v) => set(key, v)}
    />
  );

  const person = (key: 'contactPerson' | 'projectLeader') => (
    <FieldGroup legend={t(`initiativeForm.fields.${key}.legend`)} hint={t(`initiativeForm.fields.${key}.hint`)}>
      <TextField
        path={`${key}.name`}
        label={t('initiativeForm.fields.personName.label')}
        hint={t('initiativeForm.fields.personName.hint')}
        error={errorOf(`${key}.name`)}
        value={state[key].name}
        onChange={(name) => setPerson(key, { name })}
      />
      <TextField
        path={`${key}.email`}
        type="email"
        label={t('initiativeForm.fields.personEmail.label')}
        hint={t('initiativeForm.fields.personEmail.hint')}
        error={errorOf(`${key}.email`)}
        value={state[key].email}
        onChange={(email) => setPerson(key, { email })}
      />
      {me && (
        <button
          type="button"
          id={`${fieldId(key)}-me`}
          className="button button--secondary"
          // The visible text starts the name, so speech control ("click Det är jag") still works.
          aria-label={`${t('initiativeForm.fields.itsMe')}: ${t(key === 'contactPerson' ? 'initiativeForm.fields.itsMeContact' : 'initiativeForm.fields.itsMeLeader')}`}
          onClick={() => setPerson(key, { name: me.name ?? me.username, email: me.email ?? '' })}
        >
          {t('initiativeForm.fields.itsMe')}
        </button>
      )}
    </FieldGroup>
  );

  return (
    <FieldIdPrefix prefix={INITIATIVE_FIELD_PREFIX}>
      {notice && (
        <div role="status" className="notice">
          <p>{notice}</p>
        </div>
      )}
      <FormFeedback
        form={form}
        saveFailed={t('initiativeForm.saveFailed')}
        conflictHeading={t('initiativeForm.conflict.heading')}
        fieldLabel={(field) => INITIATIVE_FIELD_LABELS[field]?.[locale]}
        targetOf={focusTargetId}
        onReloadLatest={onReloadLatest}
      />
      <p>{t('initiativeForm.intro')}</p>
      <form className="initiative-form" noValidate onSubmit={form.onSubmit}>
        <FormSection legend={t('initiativeForm.fieldsets.basics')}>
          {text('title', { required: true })}
          {area('summary', 3)}
          {area('description', 8)}
          <SelectField
            path="kind"
            label={t('initiativeForm.fields.kind.label')}
            hint={t('initiativeForm.fields.kind.hint')}
            error={errorOf('kind')}
            required
            value={state.kind}
            placeholder={t('forms.select')}
            options={options(PROJECT_KINDS)}
            onChange={(v) => set('kind', v)}
          />
          <SelectField
            path="status"
            label={t('initiativeForm.fields.status.label')}
            hint={t('initiativeForm.fields.status.hint')}
            error={errorOf('status')}
            required
            value={state.status}
            options={options(LIFECYCLE_STATUSES)}
            onChange={(v) => set('status', v)}
          />
          {text('startDate', { date: true })}
          {text('endDate', { date: true })}
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.people')}>
          {person('contactPerson')}
          {person('projectLeader')}
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.partners')} hint={t('initiativeForm.fields.partnersHint')}>
          <PartnerList
            rows={state.partners}
            onChange={(rows) => set('partners', rows)}
            errorOf={errorOf}
            organizations={organizationsData?.organizations ?? []}
          />
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.funding')} hint={t('initiativeForm.fields.fundingHint')}>
          <FundingLineList rows={state.fundingLines} onChange={(rows) => set('fundingLines', rows)} errorOf={errorOf} />
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.themes')}>
          <CheckboxGroup
            path="themes"
            legend={t('initiativeForm.fields.themes.legend')}
            hint={t('initiativeForm.fields.themes.hint')}
            error={errorOf('themes')}
            options={options(THEMES)}
            values={state.themes}
            onChange={(v) => set('themes', v)}
          />
          <CheckboxGroup
            path="targetGroups"
            legend={t('initiativeForm.fields.targetGroups.legend')}
            hint={t('initiativeForm.fields.targetGroups.hint')}
            error={errorOf('targetGroups')}
            options={options(TARGET_GROUPS)}
            values={state.targetGroups}
            onChange={(v) => set('targetGroups', v)}
          />
          {text('occupations')}
          <MethodPicker
            path="methodIds"
            chosen={state.methodRefs}
            onChange={(methods) => set('methodRefs', methods)}
            errorOf={errorOf}
            texts={{
              legend: t('initiativeForm.fields.methodPicker.legend'),
              hint: t('initiativeForm.fields.methodPicker.hint'),
              searchLabel: t('initiativeForm.fields.methodPicker.searchLabel'),
              searchHint: t('initiativeForm.fields.methodPicker.searchHint'),
              chosenCaption: t('initiativeForm.fields.methodPicker.chosenCaption'),
              none: t('initiativeForm.fields.methodPicker.none'),
              resultsCaption: t('initiativeForm.fields.methodPicker.resultsCaption'),
              searching: t('initiativeForm.fields.methodPicker.searching'),
              noResults: (search) => t('initiativeForm.fields.methodPicker.noResults', { search }),
              results: (count) => t('initiativeForm.fields.methodPicker.results', { count }),
              searchFailed: t('initiativeForm.fields.methodPicker.searchFailed'),
              add: (name) => t('initiativeForm.fields.methodPicker.add', { name }),
              remove: (name) => t('initiativeForm.fields.methodPicker.remove', { name }),
              added: (name) => t('initiativeForm.fields.methodPicker.added', { name }),
              removed: (name) => t('initiativeForm.fields.methodPicker.removed', { name }),
              alreadyChosen: t('initiativeForm.fields.methodPicker.alreadyChosen'),
            }}
          />
          {text('methods')}
        </FormSection>
        {aside?.(state)}

        <FormSection legend={t('initiativeForm.fieldsets.principles')} hint={t('initiativeForm.fields.principlesHint')}>
          {(['genderEquality', 'nonDiscrimination', 'accessibility'] as const).map((key) => area(key))}
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.participants')} hint={t('initiativeForm.fields.participantsHint')}>
          <ParticipantPeriodList rows={state.participants} onChange={(rows) => set('participants', rows)} errorOf={errorOf} />
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.results')}>
          {area('results')}
          {area('lessonsLearned')}
          {text('implementationOwner')}
          {area('implementationPlan')}
        </FormSection>

        <FormSection legend={t('initiativeForm.fieldsets.visibility')}>
          <RadioGroup
            path="visibility"
            legend={t('initiativeForm.fields.visibility.legend')}
            hint={t('initiativeForm.fields.visibility.hint')}
            error={errorOf('visibility')}
            options={options(VISIBILITY_LEVELS)}
            value={state.visibility}
            onChange={(v) => set('visibility', v as InitiativeFormState['visibility'])}
          />
        </FormSection>

        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}
