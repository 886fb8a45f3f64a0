import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { ConfirmDialog } from '../forms/confirm-dialog';
import type { NetworkPageQuery } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { networkRoleLabel } from './network-format';
import { leaveNetworkMutation, NETWORK_CHANGED, requestToJoinNetworkMutation, respondToNetworkInvitationMutation } from './network-queries';
import { useNetworksTranslation } from './networks.i18n';

type NetworkDetail = NetworkPageQuery['network'];

/** Where I stand with the network and what I can do about it: answer, ask to join, or leave. */
export function NetworkMembershipSection({ network }: { readonly network: NetworkDetail }) {
  const { t } = useNetworksTranslation();
  const { t: tForms } = useTranslation();
  const locale = useLocale();
  const [{ fetching: answering }, respond] = useMutation(respondToNetworkInvitationMutation);
  const [, requestToJoin] = useMutation(requestToJoinNetworkMutation);
  const [, leave] = useMutation(leaveNetworkMutation);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const { message, report, ref } = useActionMessage();
  const role = networkRoleLabel(network.myRole ?? 'member', locale);

  async function run(action: () => Promise<{ readonly error?: CombinedError | undefined }>, done: string) {
    const result = await action();
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', done);
  }

  return (
    <section aria-labelledby="medlemskap-rubrik">
      <h2 id="medlemskap-rubrik">{t('networks.detail.membershipHeading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {network.myStatus === 'active' && (
        <>
          <p>{t('networks.detail.youAreMember', { role: role.toLowerCase() })}</p>
          <button type="button" className="button button--secondary" onClick={() => setConfirmingLeave(true)}>
            {t('networks.detail.leave')}
          </button>
          <ConfirmDialog
            open={confirmingLeave}
            title={t('networks.detail.leaveTitle', { name: network.name })}
            message={t('networks.detail.leaveMessage')}
            confirmLabel={t('networks.detail.leaveConfirm')}
            cancelLabel={tForms('forms.cancel')}
            onCancel={() => setConfirmingLeave(false)}
            onConfirm={() => {
              setConfirmingLeave(false);
              void run(() => leave({ networkId: network.id }, NETWORK_CHANGED), t('networks.detail.left', { name: network.name }));
            }}
          />
        </>
      )}
      {network.myStatus === 'invited' && (
        <>
          <p>{t('networks.detail.youAreInvited', { role: role.toLowerCase() })}</p>
          <div className="network-actions">
            <button
              type="button"
              className="button"
              disabled={answering}
              onClick={() =>
                void run(() => respond({ networkId: network.id, accept: true }, NETWORK_CHANGED), t('networks.invitations.accepted', { name: network.name }))
              }
            >
              {t('networks.invitations.accept')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={answering}
              onClick={() =>
                void run(() => respond({ networkId: network.id, accept: false }, NETWORK_CHANGED), t('networks.invitations.declined', { name: network.name }))
              }
            >
              {t('networks.invitations.decline')}
            </button>
          </div>
        </>
      )}
      {network.myStatus === 'requested' && <p>{t('networks.detail.youHaveRequested')}</p>}
      {!network.myStatus && (
        <>
          <p>{network.admission === 'open' ? t('networks.detail.openNetwork') : t('networks.detail.closedNetwork')}</p>
          {network.admission === 'open' && (
            <button
              type="button"
              className="button"
              onClick={() => void run(() => requestToJoin({ networkId: network.id }, NETWORK_CHANGED), t('networks.detail.requested'))}
            >
              {t('networks.detail.join')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
