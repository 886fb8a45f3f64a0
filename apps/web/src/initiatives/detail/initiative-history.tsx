import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { INITIATIVE_FIELD_LABELS } from '@portal/shared-domain';
import { useLocale } from '../../i18n/use-locale';
import { ChangeHistory } from '../../ui/change-history';
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
  'method-linked': 'methodLinked',
  'method-unlinked': 'methodUnlinked',
} as const;

function actionKey(action: string): (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS] | undefined {
  return Object.prototype.hasOwnProperty.call(ACTION_KEYS, action) ? ACTION_KEYS[action as keyof typeof ACTION_KEYS] : undefined;
}

/** Who changed what and when, newest first. Only for signed-in users. */
export function InitiativeHistory({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: initiativeHistoryQuery, variables: { id } });
  return (
    <ChangeHistory
      result={{ data: data?.initiativeHistory, fetching, error }}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      actionLabel={(action) => {
        const key = actionKey(action);
        return key ? t(`register.detail.actions.${key}`) : undefined;
      }}
      fieldLabel={(field) => INITIATIVE_FIELD_LABELS[field]?.[locale]}
    />
  );
}
