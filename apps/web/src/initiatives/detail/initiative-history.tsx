import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatChangeValue, INITIATIVE_FIELD_LABELS, type ChangeValueShape } from '@portal/shared-domain';
import { QueryErrorAlert } from '../../graphql/query-error-alert';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../shared/initiative-format';
import { initiativeHistoryQuery } from './initiative-queries';

// Action codes contain hyphens; map them to message keys so an unknown one shows as itself.
const ACTION_KEYS = {
  created: 'created',
  updated: 'updated',
  archived: 'archived',
  restored: 'restored',
  'relation-added': 'relationAdded',
  'relation-removed': 'relationRemoved',
  'follow-up-recorded': 'followUpRecorded',
} as const;

const MAX_VALUE_LENGTH = 200;

function actionKey(action: string): (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS] | undefined {
  return Object.prototype.hasOwnProperty.call(ACTION_KEYS, action) ? ACTION_KEYS[action as keyof typeof ACTION_KEYS] : undefined;
}

/** Long texts (descriptions) would swamp the list; the current value is on the page anyway. */
const shorten = (value: string) => (value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)} …` : value);

/** Who changed what and when, newest first. Only for signed-in users. */
export function InitiativeHistory({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: initiativeHistoryQuery, variables: { id } });
  const changes = data?.initiativeHistory;

  return (
    <section aria-labelledby="historik">
      <h2 id="historik">{t('register.detail.historyHeading')}</h2>
      {fetching && !changes ? (
        <p role="status" className="status">
          {t('register.detail.historyLoading')}
        </p>
      ) : error && !changes ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !changes || changes.length === 0 ? (
        <p>{t('register.detail.historyEmpty')}</p>
      ) : (
        <ol className="history-list">
          {changes.map((change) => {
            const key = actionKey(change.action);
            const action = key ? t(`register.detail.actions.${key}`) : change.action;
            return (
              <li key={change.id}>
                <time dateTime={change.createdAt as string}>{formatDateTime(change.createdAt as string, locale)}</time>
                {' – '}
                {t('register.detail.historyEntry', { action, actor: change.actorName })} ({t('register.detail.historyVersion', { version: change.version })})
                {change.changes.length > 0 && (
                  <ul>
                    {change.changes.map((field) => {
                      const label = INITIATIVE_FIELD_LABELS[field.field]?.[locale] ?? field.field;
                      // Values come as codes and parameters; they are worded here, in the reader's language.
                      const word = (value: ChangeValueShape | null | undefined) => {
                        const text = formatChangeValue(value, locale);
                        return text ? shorten(text) : '';
                      };
                      const before = word(field.before as ChangeValueShape | null);
                      const after = word(field.after as ChangeValueShape | null);
                      return (
                        <li key={field.field}>
                          {!before && !after
                            ? label
                            : before && after
                            ? t('register.detail.changeFromTo', { field: label, before, after })
                            : after
                              ? t('register.detail.changeSet', { field: label, after })
                              : t('register.detail.changeCleared', { field: label, before })}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
