import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useQuery, type CombinedError } from 'urql';
import { INITIATIVE_FIELD_LABELS, VISIBILITY_LEVELS, LIFECYCLE_STATUSES, PROJECT_KINDS, TARGET_GROUPS, THEMES } from '@portal/shared-domain';
import type { InitiativeInput } from '../../gql/graphql';
import { errorMessageOf } from '../../graphql/error-code';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { conflictOf, fieldId, focusTargetId, formFieldOrder, placeErrors, serverFieldErrors, summaryItems, type ConflictInfo } from './form-errors';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from './form-fields';
import { FundingLineList, ParticipantPeriodList, PartnerList } from './initiative-form-lists';
import { initiativeFormMeQuery, initiativeFormOrganizationsQuery } from './initiative-form-queries';
import { toInitiativeInput, validateFormState, type InitiativeFormState, type PersonState } from './initiative-form-state';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';
import '../../accessibility/report-problem-form.css';
import './initiative-form.css';

export type SubmitOutcome = { readonly kind: 'saved'; readonly id: string } | { readonly kind: 'failed'; readonly error: CombinedError };

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
}

function Fieldset({ legend, hint, id, children }: { readonly legend: string; readonly hint?: string; readonly id: string; readonly children: ReactNode }) {
  return (
    <fieldset className="form-section" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="form-section__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** The create/edit form for an initiative: all of InitiativeInput, with the server's errors on its fields. */
export function InitiativeForm({ initial, submitLabel, onSubmit, onSaved, onReloadLatest, notice }: InitiativeFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [confirmReload, setConfirmReload] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const busy = useRef(false);
  const [{ data: meData }] = useQuery({ query: initiativeFormMeQuery });
  const [{ data: organizationsData }] = useQuery({ query: initiativeFormOrganizationsQuery });

  const dirty = useMemo(() => JSON.stringify(state) !== JSON.stringify(initial), [state, initial]);
  const { blocker, allowNavigation } = useUnsavedChangesWarning(dirty);

  // After a row is added or removed, focus goes to its first field or to the add button.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const focusLater = (id: string) => {
    pendingFocus.current = id;
  };

  const order = useMemo(() => formFieldOrder(state), [state]);
  const placed = useMemo(() => placeErrors(errors, order), [errors, order]);
  const items = summaryItems(placed, order);
  const fieldError = (path: string) => placed.byField[path];

  const set = <K extends keyof InitiativeFormState>(key: K, value: InitiativeFormState[K]) => setState((current) => ({ ...current, [key]: value }));
  const setPerson = (key: 'contactPerson' | 'projectLeader', patch: Partial<PersonState>) => setState((current) => ({ ...current, [key]: { ...current[key], ...patch } }));

  function showErrors(next: Record<string, string>) {
    flushSync(() => {
      setConflict(null);
      setFailure(null);
      setErrors(next);
    });
    summaryRef.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current) return;
    const local = validateFormState(state);
    if (Object.keys(local).length > 0) {
      showErrors(Object.fromEntries(Object.entries(local).map(([path, key]) => [path, t(`initiativeForm.clientErrors.${key}`)])));
      return;
    }
    busy.current = true;
    setSubmitting(true);
    const outcome = await onSubmit(toInitiativeInput(state));
    busy.current = false;
    setSubmitting(false);
    if (outcome.kind === 'saved') {
      allowNavigation();
      onSaved(outcome.id);
      return;
    }
    const found = conflictOf(outcome.error);
    if (found) {
      flushSync(() => {
        setErrors({});
        setFailure(null);
        setConflict(found);
      });
      conflictRef.current?.focus();
      return;
    }
    const fromServer = serverFieldErrors(outcome.error);
    if (Object.keys(fromServer).length > 0) {
      showErrors(fromServer);
      return;
    }
    const message = errorMessageOf(outcome.error, locale);
    flushSync(() => {
      setErrors({});
      setConflict(null);
      setFailure(message);
    });
    failureRef.current?.focus();
  }

  const me = meData?.me;
  const fillMe = (key: 'contactPerson' | 'projectLeader') => {
    if (me) setPerson(key, { name: me.name ?? me.username, email: me.email ?? '' });
  };
  const dateFormat = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const formatTime = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };
  const kindOptions = PROJECT_KINDS.map((k) => ({ value: k.code, label: k.label[locale] }));
  const statusOptions = LIFECYCLE_STATUSES.map((s) => ({ value: s.code, label: s.label[locale] }));
  const text = (key: Parameters<typeof fieldError>[0]) => fieldError(key);

  const person = (key: 'contactPerson' | 'projectLeader') => (
    <fieldset className="form-row" aria-describedby={`${key}-hint`}>
      <legend className="form-row__legend">{t(`initiativeForm.fields.${key}.legend`)}</legend>
      <p id={`${key}-hint`} className="field__hint">
        {t(`initiativeForm.fields.${key}.hint`)}
      </p>
      <TextField
        path={`${key}.name`}
        label={t('initiativeForm.fields.personName.label')}
        hint={t('initiativeForm.fields.personName.hint')}
        error={text(`${key}.name`)}
        value={state[key].name}
        onChange={(name) => setPerson(key, { name })}
      />
      <TextField
        path={`${key}.email`}
        type="email"
        label={t('initiativeForm.fields.personEmail.label')}
        hint={t('initiativeForm.fields.personEmail.hint')}
        error={text(`${key}.email`)}
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
          onClick={() => fillMe(key)}
        >
          {t('initiativeForm.fields.itsMe')}
        </button>
      )}
    </fieldset>
  );

  return (
    <>
      {notice && (
        <div role="status" className="notice">
          <p>{notice}</p>
        </div>
      )}
      {conflict && (
        <div ref={conflictRef} tabIndex={-1} role="alert" className="alert alert--error conflict" aria-labelledby="konflikt-rubrik">
          <h2 id="konflikt-rubrik">{t('initiativeForm.conflict.heading')}</h2>
          <p>{t('initiativeForm.conflict.intro')}</p>
          {conflict.changes.length > 0 ? (
            <ul className="conflict__list">
              {conflict.changes.map((change, index) => (
                <li key={`${change.field}-${index}`}>
                  <span className="conflict__change">
                    {t('initiativeForm.conflict.change', {
                      label: INITIATIVE_FIELD_LABELS[change.field]?.[locale] ?? change.label,
                      before: change.before || t('initiativeForm.conflict.empty'),
                      after: change.after || t('initiativeForm.conflict.empty'),
                    })}
                  </span>{' '}
                  <span className="conflict__by">{t('initiativeForm.conflict.by', { name: change.actorName, time: formatTime(change.changedAt) })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{conflict.message}</p>
          )}
          <p>{t('initiativeForm.conflict.advice')}</p>
          {onReloadLatest && (
            <button type="button" className="button" onClick={() => setConfirmReload(true)}>
              {t('initiativeForm.conflict.reload')}
            </button>
          )}
        </div>
      )}
      {failure && (
        <div ref={failureRef} tabIndex={-1} role="alert" className="alert alert--error">
          <p>
            <strong>{t('initiativeForm.saveFailed')}</strong> {failure}
          </p>
        </div>
      )}
      {items.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="error-summary" aria-labelledby="felsammanfattning-rubrik">
          <h2 id="felsammanfattning-rubrik" className="error-summary__title">
            {t('initiativeForm.summaryHeading')}
          </h2>
          <ul className="error-summary__list">
            {items.map(({ path, message }, index) => (
              <li key={path ?? `fel-${index}`}>
                {path ? (
                  <a
                    href={`#${focusTargetId(path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const target = document.getElementById(focusTargetId(path));
                      target?.focus();
                      target?.scrollIntoView?.({ block: 'center' });
                    }}
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('initiativeForm.intro')}</p>
      <form className="initiative-form" noValidate onSubmit={(event) => void submit(event)}>
        <Fieldset id="grunduppgifter" legend={t('initiativeForm.fieldsets.basics')}>
          <TextField path="title" label={t('initiativeForm.fields.title.label')} hint={t('initiativeForm.fields.title.hint')} error={text('title')} required value={state.title} onChange={(v) => set('title', v)} />
          <TextAreaField path="summary" rows={3} label={t('initiativeForm.fields.summary.label')} hint={t('initiativeForm.fields.summary.hint')} error={text('summary')} value={state.summary} onChange={(v) => set('summary', v)} />
          <TextAreaField path="description" rows={8} label={t('initiativeForm.fields.description.label')} hint={t('initiativeForm.fields.description.hint')} error={text('description')} value={state.description} onChange={(v) => set('description', v)} />
          <SelectField path="kind" label={t('initiativeForm.fields.kind.label')} hint={t('initiativeForm.fields.kind.hint')} error={text('kind')} required value={state.kind} placeholder={t('initiativeForm.select')} options={kindOptions} onChange={(v) => set('kind', v)} />
          <SelectField path="status" label={t('initiativeForm.fields.status.label')} hint={t('initiativeForm.fields.status.hint')} error={text('status')} required value={state.status} options={statusOptions} onChange={(v) => set('status', v)} />
          <TextField path="startDate" type="date" width="short" label={t('initiativeForm.fields.startDate.label')} hint={t('initiativeForm.fields.startDate.hint')} error={text('startDate')} value={state.startDate} onChange={(v) => set('startDate', v)} />
          <TextField path="endDate" type="date" width="short" label={t('initiativeForm.fields.endDate.label')} hint={t('initiativeForm.fields.endDate.hint')} error={text('endDate')} value={state.endDate} onChange={(v) => set('endDate', v)} />
        </Fieldset>

        <Fieldset id="personer" legend={t('initiativeForm.fieldsets.people')}>
          {person('contactPerson')}
          {person('projectLeader')}
        </Fieldset>

        <Fieldset id="parter" legend={t('initiativeForm.fieldsets.partners')} hint={t('initiativeForm.fields.partnersHint')}>
          <PartnerList
            rows={state.partners}
            onChange={(rows) => set('partners', rows)}
            errors={placed.byField}
            focusLater={focusLater}
            organizations={organizationsData?.organizations ?? []}
          />
        </Fieldset>

        <Fieldset id="finansiering" legend={t('initiativeForm.fieldsets.funding')} hint={t('initiativeForm.fields.fundingHint')}>
          <FundingLineList rows={state.fundingLines} onChange={(rows) => set('fundingLines', rows)} errors={placed.byField} focusLater={focusLater} />
        </Fieldset>

        <Fieldset id="teman" legend={t('initiativeForm.fieldsets.themes')}>
          <CheckboxGroup
            path="themes"
            legend={t('initiativeForm.fields.themes.legend')}
            hint={t('initiativeForm.fields.themes.hint')}
            error={text('themes')}
            options={THEMES.map((theme) => ({ value: theme.code, label: theme.label[locale] }))}
            values={state.themes}
            onChange={(v) => set('themes', v)}
          />
          <CheckboxGroup
            path="targetGroups"
            legend={t('initiativeForm.fields.targetGroups.legend')}
            hint={t('initiativeForm.fields.targetGroups.hint')}
            error={text('targetGroups')}
            options={TARGET_GROUPS.map((group) => ({ value: group.code, label: group.label[locale] }))}
            values={state.targetGroups}
            onChange={(v) => set('targetGroups', v)}
          />
          <TextField path="occupations" label={t('initiativeForm.fields.occupations.label')} hint={t('initiativeForm.fields.occupations.hint')} error={text('occupations')} value={state.occupations} onChange={(v) => set('occupations', v)} />
          <TextField path="methods" label={t('initiativeForm.fields.methods.label')} hint={t('initiativeForm.fields.methods.hint')} error={text('methods')} value={state.methods} onChange={(v) => set('methods', v)} />
        </Fieldset>

        <Fieldset id="principer" legend={t('initiativeForm.fieldsets.principles')} hint={t('initiativeForm.fields.principlesHint')}>
          {(['genderEquality', 'nonDiscrimination', 'accessibility'] as const).map((key) => (
            <TextAreaField key={key} path={key} label={t(`initiativeForm.fields.${key}.label`)} hint={t(`initiativeForm.fields.${key}.hint`)} error={text(key)} value={state[key]} onChange={(v) => set(key, v)} />
          ))}
        </Fieldset>

        <Fieldset id="deltagare" legend={t('initiativeForm.fieldsets.participants')} hint={t('initiativeForm.fields.participantsHint')}>
          <ParticipantPeriodList rows={state.participants} onChange={(rows) => set('participants', rows)} errors={placed.byField} focusLater={focusLater} />
        </Fieldset>

        <Fieldset id="resultat" legend={t('initiativeForm.fieldsets.results')}>
          <TextAreaField path="results" label={t('initiativeForm.fields.results.label')} hint={t('initiativeForm.fields.results.hint')} error={text('results')} value={state.results} onChange={(v) => set('results', v)} />
          <TextAreaField path="lessonsLearned" label={t('initiativeForm.fields.lessonsLearned.label')} hint={t('initiativeForm.fields.lessonsLearned.hint')} error={text('lessonsLearned')} value={state.lessonsLearned} onChange={(v) => set('lessonsLearned', v)} />
          <TextField path="implementationOwner" label={t('initiativeForm.fields.implementationOwner.label')} hint={t('initiativeForm.fields.implementationOwner.hint')} error={text('implementationOwner')} value={state.implementationOwner} onChange={(v) => set('implementationOwner', v)} />
          <TextAreaField path="implementationPlan" label={t('initiativeForm.fields.implementationPlan.label')} hint={t('initiativeForm.fields.implementationPlan.hint')} error={text('implementationPlan')} value={state.implementationPlan} onChange={(v) => set('implementationPlan', v)} />
        </Fieldset>

        <Fieldset id="synlighet" legend={t('initiativeForm.fieldsets.visibility')}>
          <RadioGroup
            path="visibility"
            legend={t('initiativeForm.fields.visibility.legend')}
            hint={t('initiativeForm.fields.visibility.hint')}
            error={text('visibility')}
            options={VISIBILITY_LEVELS.map((v) => ({ value: v.code, label: v.label[locale] }))}
            value={state.visibility}
            onChange={(v) => set('visibility', v as InitiativeFormState['visibility'])}
          />
        </Fieldset>

        <div className="form-actions">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          <span id="sparar-status" role="status" className="status">
            {submitting ? t('initiativeForm.saving') : ''}
          </span>
        </div>
      </form>

      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('initiativeForm.unsaved.title')}
        message={t('initiativeForm.unsaved.message')}
        confirmLabel={t('initiativeForm.unsaved.leave')}
        cancelLabel={t('initiativeForm.unsaved.stay')}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
      <ConfirmDialog
        open={confirmReload}
        title={t('initiativeForm.conflict.confirmTitle')}
        message={t('initiativeForm.conflict.confirmMessage')}
        confirmLabel={t('initiativeForm.conflict.confirmReload')}
        cancelLabel={t('initiativeForm.cancel')}
        onConfirm={() => {
          setConfirmReload(false);
          // The reloaded form is new; nothing typed here should hold the navigation back.
          allowNavigation();
          void onReloadLatest?.();
        }}
        onCancel={() => setConfirmReload(false)}
      />
    </>
  );
}
