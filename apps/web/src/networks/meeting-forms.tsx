import { describeRecurrence, NETWORK_LIMITS } from '@portal/shared-domain';
import { choicesTargetId, FieldIdPrefix, fieldIdOf } from '../forms/field-id-prefix';
import { RadioGroup, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { useFormSubmit, type FormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import { useLocale } from '../i18n/use-locale';
import {
  recurrenceOptions,
  seriesErrors,
  seriesFieldOrder,
  singleMeetingErrors,
  singleMeetingFieldOrder,
  type MeetingFormTexts,
  type MeetingTimesState,
  type SeriesEnding,
  type SeriesState,
  type SingleMeetingState,
} from './meeting-form-state';
import { useNetworksTranslation } from './networks.i18n';

function useMeetingFormTexts(): MeetingFormTexts {
  const { t } = useNetworksTranslation();
  return {
    titleRequired: t('networks.meetings.clientErrors.titleRequired'),
    dateRequired: t('networks.meetings.clientErrors.dateRequired'),
    startTime: t('networks.meetings.clientErrors.startTime'),
    endTime: t('networks.meetings.clientErrors.endTime'),
    endBeforeStart: t('networks.meetings.clientErrors.endBeforeStart'),
    recurrenceRequired: t('networks.meetings.clientErrors.recurrenceRequired'),
    onlineUrl: t('networks.meetings.clientErrors.onlineUrl'),
  };
}

/** Title first; then, after the date fields the caller puts in, the times and the place. */
function TitleField<T extends MeetingTimesState>({ form }: { readonly form: FormSubmit<T> }) {
  const { t } = useNetworksTranslation();
  return (
    <TextField
      path="title"
      label={t('networks.meetings.fields.title.label')}
      hint={t('networks.meetings.fields.title.hint')}
      required
      maxLength={NETWORK_LIMITS.name}
      error={form.errorOf('title')}
      value={form.values.title}
      onChange={(v) => form.set('title', v as T['title'])}
    />
  );
}

function TimeFields<T extends MeetingTimesState>({ form }: { readonly form: FormSubmit<T> }) {
  const { t } = useNetworksTranslation();
  return (
    <>
      <TextField
        path="startTime"
        label={t('networks.meetings.fields.startTime.label')}
        hint={t('networks.meetings.fields.startTime.hint')}
        required
        width="short"
        error={form.errorOf('startTime')}
        value={form.values.startTime}
        onChange={(v) => form.set('startTime', v as T['startTime'])}
      />
      <TextField
        path="endTime"
        label={t('networks.meetings.fields.endTime.label')}
        hint={t('networks.meetings.fields.endTime.hint')}
        required
        width="short"
        error={form.errorOf('endTime')}
        value={form.values.endTime}
        onChange={(v) => form.set('endTime', v as T['endTime'])}
      />
    </>
  );
}

function PlaceFields<T extends MeetingTimesState>({ form }: { readonly form: FormSubmit<T> }) {
  const { t } = useNetworksTranslation();
  return (
    <>
      <TextField
        path="location"
        label={t('networks.meetings.fields.location.label')}
        hint={t('networks.meetings.fields.location.hint')}
        maxLength={NETWORK_LIMITS.shortText}
        error={form.errorOf('location')}
        value={form.values.location}
        onChange={(v) => form.set('location', v as T['location'])}
      />
      <TextField
        path="onlineUrl"
        type="url"
        label={t('networks.meetings.fields.onlineUrl.label')}
        hint={t('networks.meetings.fields.onlineUrl.hint')}
        maxLength={NETWORK_LIMITS.url}
        error={form.errorOf('onlineUrl')}
        value={form.values.onlineUrl}
        onChange={(v) => form.set('onlineUrl', v as T['onlineUrl'])}
      />
    </>
  );
}

interface FormProps<T> {
  readonly initial: T;
  readonly submitLabel: string;
  readonly onSubmit: (state: T) => Promise<SubmitOutcome>;
  readonly onSaved: (id: string, state: T) => void;
}

/** A single meeting, or one meeting of a series moved or changed on its own. */
export function SingleMeetingForm({ prefix, initial, submitLabel, onSubmit, onSaved }: FormProps<SingleMeetingState> & { readonly prefix: string }) {
  const { t } = useNetworksTranslation();
  const texts = useMeetingFormTexts();
  const form = useFormSubmit<SingleMeetingState>({
    initial,
    fieldOrder: singleMeetingFieldOrder,
    validate: (state) => singleMeetingErrors(state, texts),
    submit: onSubmit,
    onSaved: (id) => onSaved(id, form.values),
  });
  return (
    <FieldIdPrefix prefix={prefix}>
      <FormFeedback form={form} saveFailed={t('networks.meetings.plan.saveFailed')} conflictHeading={t('networks.meetings.plan.conflictHeading')} />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <TitleField form={form} />
        <TextField
          path="date"
          type="date"
          label={t('networks.meetings.fields.date.label')}
          required
          width="medium"
          error={form.errorOf('date')}
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
        />
        <TimeFields form={form} />
        <PlaceFields form={form} />
        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}

const ENDINGS: readonly SeriesEnding[] = ['none', 'until', 'count'];
const SERIES_PREFIX = 'serie';

/**
 * A meeting series: the first date decides which recurrences are offered (recurrenceChoicesFor),
 * each in words (describeRecurrence); it runs until further notice, to a date or a number of times.
 */
export function MeetingSeriesForm({ prefix = SERIES_PREFIX, initial, submitLabel, onSubmit, onSaved }: FormProps<SeriesState> & { readonly prefix?: string }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const texts = useMeetingFormTexts();
  const form = useFormSubmit<SeriesState>({
    initial,
    fieldOrder: seriesFieldOrder,
    validate: (state) => seriesErrors(state, texts),
    submit: onSubmit,
    onSaved: (id) => onSaved(id, form.values),
  });
  const { values, set, errorOf } = form;
  const options = recurrenceOptions(values.firstDate);
  const recurrenceChoices = options.map((option) => ({ value: option.rrule, label: describeRecurrence(option.recurrence, locale) }));
  const groupTarget = (path: string) => fieldIdOf(prefix, path);
  return (
    <FieldIdPrefix prefix={prefix}>
      <FormFeedback
        form={form}
        saveFailed={t('networks.meetings.plan.saveFailed')}
        conflictHeading={t('networks.meetings.plan.conflictHeading')}
        targetOf={(path) =>
          (path === 'recurrence' && recurrenceChoices.length > 0) || path === 'ending' ? choicesTargetId(groupTarget(path)) : groupTarget(path)
        }
      />
      <form className="network-form" noValidate onSubmit={form.onSubmit}>
        <TitleField form={form} />
        <TextField
          path="firstDate"
          type="date"
          label={t('networks.meetings.fields.firstDate.label')}
          hint={t('networks.meetings.fields.firstDate.hint')}
          required
          width="medium"
          error={errorOf('firstDate')}
          value={values.firstDate}
          // A new date offers other recurrences; keep the choice only if it is still offered.
          onChange={(v) =>
            form.setValues((current) => ({
              ...current,
              firstDate: v,
              recurrence: recurrenceOptions(v).some((option) => option.rrule === current.recurrence) ? current.recurrence : '',
            }))
          }
        />
        <TimeFields form={form} />
        {recurrenceChoices.length > 0 ? (
          <RadioGroup
            path="recurrence"
            legend={t('networks.meetings.fields.recurrence.legend')}
            hint={t('networks.meetings.fields.recurrence.hint')}
            required
            options={recurrenceChoices}
            error={errorOf('recurrence')}
            value={values.recurrence}
            onChange={(v) => set('recurrence', v)}
          />
        ) : (
          <div id={groupTarget('recurrence')} tabIndex={-1} className={errorOf('recurrence') ? 'field field--error' : 'field'}>
            <p className="field__label">{t('networks.meetings.fields.recurrence.legend')}</p>
            <p className="field__hint">{t('networks.meetings.fields.recurrence.noDate')}</p>
            {errorOf('recurrence') && <p className="field__error">{errorOf('recurrence')}</p>}
          </div>
        )}
        <RadioGroup
          path="ending"
          legend={t('networks.meetings.fields.ending.legend')}
          options={ENDINGS.map((ending) => ({ value: ending, label: t(`networks.meetings.fields.endings.${ending}`) }))}
          error={errorOf('ending')}
          value={values.ending}
          onChange={(v) => set('ending', ENDINGS.find((ending) => ending === v) ?? 'none')}
        />
        {values.ending === 'until' && (
          <TextField
            path="recurrence.until"
            type="date"
            label={t('networks.meetings.fields.until.label')}
            required
            width="medium"
            error={errorOf('recurrence.until')}
            value={values.until}
            onChange={(v) => set('until', v)}
          />
        )}
        {values.ending === 'count' && (
          <TextField
            path="recurrence.count"
            inputMode="numeric"
            label={t('networks.meetings.fields.count.label')}
            required
            width="short"
            error={errorOf('recurrence.count')}
            value={values.count}
            onChange={(v) => set('count', v)}
          />
        )}
        <PlaceFields form={form} />
        <FormActions submitLabel={submitLabel} submitting={form.submitting} />
      </form>
    </FieldIdPrefix>
  );
}
