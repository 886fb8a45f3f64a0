import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRecurrence, parseRrule, type Locale } from '@portal/shared-domain';
import { useClient, useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../forms/confirm-dialog';
import { submitOutcome } from '../forms/use-form-submit';
import type { NetworkMeetingsQuery } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { QueryState } from '../ui/query-state';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { CalendarSubscriptionSection } from './calendar-subscription-section';
import { chosenRecurrence, emptySeries, emptySingleMeeting, seriesStateOf, toMeetingInput, toSeriesInput } from './meeting-form-state';
import { MeetingSeriesForm, SingleMeetingForm } from './meeting-forms';
import { closeEditor } from './meeting-item-forms';
import { ActionItemTable, DecisionTable, MeetingList } from './meeting-lists';
import {
  createMeetingMutation,
  createMeetingSeriesMutation,
  endMeetingSeriesMutation,
  MEETINGS_CHANGED,
  networkMeetingsQuery,
  updateMeetingSeriesMutation,
} from './meeting-queries';
import { formatLocalDate, formatMeetingDate } from './network-format';
import { ToggleButton } from './toggle-button';
import { useNetworksTranslation } from './networks.i18n';

type NetworkMeetings = NetworkMeetingsQuery['network'];
type Series = NetworkMeetings['meetingSeries'][number];

/** The series' recurrence in the reader's words; the API's Swedish words if the rule is one the web does not read. */
function describeRecurrenceText(rrule: string, fallback: string, locale: Locale): string {
  const recurrence = parseRrule(rrule);
  return recurrence ? describeRecurrence(recurrence, locale) : fallback;
}

const editSeriesButtonId = (series: Series) => `serie-andra-knapp-${series.id}`;

/** "Ändra serien": the series form filled in; the version read goes along (CONFLICT if stale). */
function SeriesEditor({
  series,
  networkId,
  onClose,
  report,
}: {
  readonly series: Series;
  readonly networkId: string;
  readonly onClose: () => void;
  readonly report: (kind: 'ok' | 'error', text: string) => void;
}) {
  const { t } = useNetworksTranslation();
  const [, update] = useMutation(updateMeetingSeriesMutation);
  const [initial] = useState(() => seriesStateOf(series));
  return (
    <MeetingSeriesForm
      prefix="serie-andra"
      initial={initial}
      submitLabel={t('networks.meetings.plan.editSeriesSubmit')}
      onSubmit={async (state) =>
        submitOutcome(
          await update({ id: series.id, version: series.version, input: toSeriesInput(networkId, state) }, MEETINGS_CHANGED),
          (data) => data.updateMeetingSeries.id,
        )
      }
      onSaved={(_, state) => {
        report('ok', t('networks.meetings.plan.seriesUpdated', { title: state.title.trim() }));
        closeEditor(onClose, editSeriesButtonId(series));
      }}
    />
  );
}

/** Chairs and secretaries: the series (to end one), and the forms for a new series and a single meeting. */
function PlanMeetings({ network }: { readonly network: NetworkMeetings }) {
  const { t } = useNetworksTranslation();
  const { t: tForms } = useTranslation();
  const locale = useLocale();
  const [, createSeries] = useMutation(createMeetingSeriesMutation);
  const [, createMeeting] = useMutation(createMeetingMutation);
  const [, endSeries] = useMutation(endMeetingSeriesMutation);
  const [open, setOpen] = useState<'series' | 'single' | null>(null);
  const [ending, setEnding] = useState<Series | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [seriesInitial] = useState(emptySeries);
  const { message, report, ref } = useActionMessage();
  const [singleInitial] = useState(emptySingleMeeting);

  async function confirmEnd(series: Series) {
    setEnding(null);
    const result = await endSeries({ id: series.id }, MEETINGS_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('networks.meetings.plan.seriesEndedDone', { title: series.title }));
  }

  return (
    <section aria-labelledby="planera-rubrik">
      <h2 id="planera-rubrik">{t('networks.meetings.plan.heading')}</h2>
      <p>{t('networks.meetings.plan.intro')}</p>
      <ActionMessage message={message} messageRef={ref} />
      <h3>{t('networks.meetings.plan.seriesListHeading')}</h3>
      {network.meetingSeries.length === 0 ? (
        <p>{t('networks.meetings.plan.seriesEmpty')}</p>
      ) : (
        <ul className="network-list">
          {network.meetingSeries.map((series) => (
            <li key={series.id}>
              <strong>{series.title}</strong>
              {series.ended && <> – {t('networks.meetings.plan.seriesEnded')}</>}
              <br />
              <span>
                {t('networks.meetings.plan.seriesLine', {
                  description: describeRecurrenceText(series.rrule, series.description, locale),
                  start: series.startTime,
                  end: series.endTime,
                  firstDate: formatLocalDate(series.firstDate, locale),
                })}
              </span>
              {!series.ended && (
                <div className="network-actions">
                  <ToggleButton
                    id={editSeriesButtonId(series)}
                    label={t('networks.meetings.plan.editSeries')}
                    accessibleLabel={t('networks.meetings.plan.editSeriesLabel', { title: series.title })}
                    expanded={editing === series.id}
                    controls={`serie-andra-${series.id}`}
                    onToggle={() => setEditing(editing === series.id ? null : series.id)}
                  />
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('networks.meetings.plan.endSeriesLabel', { title: series.title })}
                    onClick={() => setEnding(series)}
                  >
                    {t('networks.meetings.plan.endSeries')}
                  </button>
                </div>
              )}
              {!series.ended && (
                <div id={`serie-andra-${series.id}`}>
                  {editing === series.id && <SeriesEditor series={series} networkId={network.id} onClose={() => setEditing(null)} report={report} />}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="network-actions">
        <ToggleButton
          label={t('networks.meetings.plan.seriesHeading')}
          expanded={open === 'series'}
          controls="ny-serie"
          onToggle={() => setOpen(open === 'series' ? null : 'series')}
        />
        <ToggleButton
          label={t('networks.meetings.plan.singleHeading')}
          expanded={open === 'single'}
          controls="nytt-mote"
          onToggle={() => setOpen(open === 'single' ? null : 'single')}
        />
      </div>
      <div id="ny-serie">
        {open === 'series' && (
          <section aria-labelledby="ny-serie-rubrik">
            <h3 id="ny-serie-rubrik">{t('networks.meetings.plan.seriesHeading')}</h3>
            <p>{t('networks.meetings.plan.seriesIntro')}</p>
            <MeetingSeriesForm
              initial={seriesInitial}
              submitLabel={t('networks.meetings.plan.seriesSubmit')}
              onSubmit={async (state) =>
                submitOutcome(await createSeries({ input: toSeriesInput(network.id, state) }, MEETINGS_CHANGED), (data) => data.createMeetingSeries.id)
              }
              onSaved={(_, state) => {
                const recurrence = chosenRecurrence(state);
                setOpen(null);
                report(
                  'ok',
                  t('networks.meetings.plan.seriesCreated', { description: recurrence ? describeRecurrence(recurrence, locale).toLowerCase() : state.title }),
                );
              }}
            />
          </section>
        )}
      </div>
      <div id="nytt-mote">
        {open === 'single' && (
          <section aria-labelledby="nytt-mote-rubrik">
            <h3 id="nytt-mote-rubrik">{t('networks.meetings.plan.singleHeading')}</h3>
            <SingleMeetingForm
              prefix="mote"
              initial={singleInitial}
              submitLabel={t('networks.meetings.plan.singleSubmit')}
              onSubmit={async (state) =>
                submitOutcome(await createMeeting({ networkId: network.id, input: toMeetingInput(state) }, MEETINGS_CHANGED), (data) => data.createMeeting.id)
              }
              onSaved={(_, state) => {
                setOpen(null);
                report('ok', t('networks.meetings.plan.singleCreated', { date: formatMeetingDate(state.date, locale) }));
              }}
            />
          </section>
        )}
      </div>
      <ConfirmDialog
        open={ending !== null}
        title={t('networks.meetings.plan.endSeriesTitle', { title: ending?.title ?? '' })}
        message={t('networks.meetings.plan.endSeriesMessage')}
        confirmLabel={t('networks.meetings.plan.endSeriesConfirm')}
        cancelLabel={tForms('forms.cancel')}
        onCancel={() => setEnding(null)}
        onConfirm={() => {
          if (ending) void confirmEnd(ending);
        }}
      />
    </section>
  );
}

/**
 * A network's meetings for its members: upcoming and past, planning (chairs and secretaries),
 * the decision log, the open action items and the calendar subscription.
 */
export function NetworkMeetingsSection({ networkId }: { readonly networkId: string }) {
  const { t } = useNetworksTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networkMeetingsQuery, variables: { id: networkId } });
  const client = useClient();
  const reload = async () => !(await client.query(networkMeetingsQuery, { id: networkId }, { requestPolicy: 'network-only' }).toPromise()).error;
  const { message, report, ref } = useActionMessage();
  return (
    <>
      <section aria-labelledby="moten-rubrik">
        <h2 id="moten-rubrik">{t('networks.meetings.heading')}</h2>
        <QueryState result={{ data, fetching, error }} loading={t('networks.meetings.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {({ network }) => (
            <>
              <p className="hint">{t('networks.meetings.timeZoneNote')}</p>
              <h3>{t('networks.meetings.upcomingHeading')}</h3>
              <MeetingList meetings={network.upcomingMeetings} empty={t('networks.meetings.upcomingEmpty')} />
              <h3>{t('networks.meetings.pastHeading')}</h3>
              <MeetingList meetings={network.pastMeetings} empty={t('networks.meetings.pastEmpty')} />
            </>
          )}
        </QueryState>
      </section>
      {data && (
        <>
          {data.network.canPlan && <PlanMeetings network={data.network} />}
          <section aria-labelledby="beslut-rubrik">
            <h2 id="beslut-rubrik">{t('networks.meetings.decisionsHeading')}</h2>
            {data.network.decisions.length === 0 ? (
              <p>{t('networks.meetings.decisionsEmpty')}</p>
            ) : (
              <DecisionTable decisions={data.network.decisions} caption={t('networks.meetings.decisionsCaption')} />
            )}
          </section>
          <section aria-labelledby="atgarder-rubrik">
            <h2 id="atgarder-rubrik">{t('networks.meetings.openItemsHeading')}</h2>
            <ActionMessage message={message} messageRef={ref} />
            {data.network.openActionItems.length === 0 ? (
              <p>{t('networks.meetings.openItemsEmpty')}</p>
            ) : (
              <ActionItemTable
                items={data.network.openActionItems}
                caption={t('networks.meetings.openItemsHeading')}
                report={report}
                editNetworkId={data.network.canPlan ? data.network.id : undefined}
                onReload={reload}
              />
            )}
          </section>
        </>
      )}
      <CalendarSubscriptionSection networkId={networkId} heading={t('networks.calendar.heading')} intro={t('networks.calendar.networkIntro')} />
    </>
  );
}
