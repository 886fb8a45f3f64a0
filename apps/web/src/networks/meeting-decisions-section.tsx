import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { submitOutcome } from '../forms/use-form-submit';
import type { MeetingPageQuery } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { ActionItemTable } from './meeting-lists';
import { ActionItemForm, closeEditor, DecisionForm, emptyActionItem, emptyDecision, toActionItemInput } from './meeting-item-forms';
import { addActionItemMutation, addNetworkDecisionMutation, MEETINGS_CHANGED, meetingPageQuery, updateNetworkDecisionMutation } from './meeting-queries';
import { formatLocalDate } from './network-format';
import { useNetworksTranslation } from './networks.i18n';
import { ToggleButton } from './toggle-button';

type Meeting = MeetingPageQuery['meeting'];
type Decision = Meeting['decisions'][number];

const editButtonId = (decision: Decision) => `beslut-andra-knapp-${decision.id}`;

/** One decision as shown, and for chairs and secretaries "Ändra" with the form in place. */
function DecisionItem({
  meeting,
  decision,
  editing,
  onEdit,
  report,
}: {
  readonly meeting: Meeting;
  readonly decision: Decision;
  readonly editing: boolean;
  readonly onEdit: (open: boolean) => void;
  readonly report: (kind: 'ok' | 'error', text: string) => void;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [, update] = useMutation(updateNetworkDecisionMutation);
  const label = t('networks.meetings.decisionLabel', { label: decision.label });
  const editorId = `beslut-andra-${decision.id}`;
  return (
    <li>
      <h3 className="network-list__title">{label}</h3>
      <p className="network-text">{decision.text}</p>
      <p className="hint">
        {formatLocalDate(decision.decidedOn, locale)}
        {decision.responsible && <>, {t('networks.meeting.decisions.responsible', { name: decision.responsible })}</>}
      </p>
      {meeting.canPlan && (
        <>
          <ToggleButton
            id={editButtonId(decision)}
            label={t('networks.meeting.decisions.edit')}
            accessibleLabel={t('networks.meeting.decisions.editLabel', { label: decision.label })}
            expanded={editing}
            controls={editorId}
            onToggle={() => onEdit(!editing)}
          />
          <div id={editorId}>
            {editing && (
              <DecisionForm
                prefix="beslut-andra"
                initial={{ text: decision.text, responsible: decision.responsible, decidedOn: decision.decidedOn }}
                submitLabel={t('networks.meeting.decisions.editSubmit')}
                saveFailed={t('networks.meeting.decisions.updateFailed')}
                onSubmit={async (values) =>
                  submitOutcome(
                    await update(
                      {
                        id: decision.id,
                        input: {
                          meetingId: decision.meetingId ?? meeting.id,
                          text: values.text.trim(),
                          responsible: values.responsible.trim(),
                          decidedOn: values.decidedOn.trim() || null,
                        },
                      },
                      MEETINGS_CHANGED,
                    ),
                    (data) => data.updateNetworkDecision.label,
                  )
                }
                onSaved={(saved) => {
                  report('ok', t('networks.meeting.decisions.updated', { label: saved }));
                  closeEditor(() => onEdit(false), editButtonId(decision));
                }}
                onCancel={() => closeEditor(() => onEdit(false), editButtonId(decision))}
              />
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** "Beslut" of the meeting ("Beslut 2027:1"), numbered by the API; chairs and secretaries record them. */
export function MeetingDecisionsSection({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useNetworksTranslation();
  const [, add] = useMutation(addNetworkDecisionMutation);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
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
            <DecisionItem
              key={decision.id}
              meeting={meeting}
              decision={decision}
              editing={editing === decision.id}
              onEdit={(open) => setEditing(open ? decision.id : null)}
              report={report}
            />
          ))}
        </ul>
      )}
      {meeting.canPlan && (
        <>
          <ToggleButton label={t('networks.meeting.decisions.addHeading')} expanded={adding} controls="beslut-ny" onToggle={() => setAdding(!adding)} />
          <div id="beslut-ny">
            {adding && (
              <DecisionForm
                prefix="beslut"
                initial={emptyDecision()}
                dateHint={t('networks.meeting.decisions.decidedOn.hint')}
                submitLabel={t('networks.meeting.decisions.submit')}
                saveFailed={t('networks.meeting.decisions.saveFailed')}
                onSubmit={async (values) =>
                  submitOutcome(
                    await add(
                      {
                        input: {
                          meetingId: meeting.id,
                          text: values.text.trim(),
                          responsible: values.responsible.trim(),
                          decidedOn: values.decidedOn.trim() || null,
                        },
                      },
                      MEETINGS_CHANGED,
                    ),
                    // The number comes from the API: it is what the message names.
                    (data) => data.addNetworkDecision.label,
                  )
                }
                onSaved={(label) => {
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
  const client = useClient();
  // The page's own query, fetched again: its subscribers (this page) get the latest items.
  const reload = async () => !(await client.query(meetingPageQuery, { id: meeting.id }, { requestPolicy: 'network-only' }).toPromise()).error;
  const [, addAction] = useMutation(addActionItemMutation);
  const [adding, setAdding] = useState(false);
  const { message, report, ref } = useActionMessage();
  return (
    <section aria-labelledby="motesatgarder-rubrik">
      <h2 id="motesatgarder-rubrik">{t('networks.meeting.actions.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {meeting.actionItems.length === 0 ? (
        <p>{t('networks.meeting.actions.empty')}</p>
      ) : (
        <ActionItemTable
          items={meeting.actionItems}
          caption={t('networks.meeting.actions.caption')}
          report={report}
          editNetworkId={meeting.canPlan ? meeting.networkId : undefined}
          onReload={reload}
        />
      )}
      {meeting.canPlan && meeting.status !== 'cancelled' && (
        <>
          <ToggleButton label={t('networks.meeting.actions.addHeading')} expanded={adding} controls="atgard-ny" onToggle={() => setAdding(!adding)} />
          <div id="atgard-ny">
            {adding && (
              <ActionItemForm
                prefix="atgard"
                networkId={meeting.networkId}
                initial={emptyActionItem()}
                submitLabel={t('networks.meeting.actions.submit')}
                saveFailed={t('networks.meeting.actions.saveFailed')}
                onSubmit={async (values) =>
                  submitOutcome(
                    await addAction({ meetingId: meeting.id, input: toActionItemInput(values) }, MEETINGS_CHANGED),
                    (answer) => answer.addActionItem.title,
                  )
                }
                onSaved={(title) => {
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
        <ActionItemTable
          items={meeting.carriedActionItems}
          caption={t('networks.meeting.actions.carriedCaption')}
          report={report}
          editNetworkId={meeting.canPlan ? meeting.networkId : undefined}
          onReload={reload}
        />
      )}
    </section>
  );
}
