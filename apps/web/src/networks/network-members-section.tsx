import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ROLES } from '@portal/shared-domain';
import { useMutation, type CombinedError } from 'urql';
import { ConfirmDialog } from '../forms/confirm-dialog';
import type { NetworkMemberFieldsFragment, NetworkPageQuery } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { formatInstant, networkMemberStatusLabel, networkRoleLabel } from './network-format';
import { NetworkInviteForm } from './network-invite-form';
import { changeNetworkMemberRoleMutation, decideNetworkRequestMutation, NETWORK_CHANGED, removeNetworkMemberMutation } from './network-queries';
import { useNetworksTranslation } from './networks.i18n';

type NetworkDetail = NetworkPageQuery['network'];
type Report = (kind: 'ok' | 'error', text: string) => void;

/** A chair's role select and its button for one member; the select alone changes nothing. */
function RoleChanger({ member, report }: { readonly member: NetworkMemberFieldsFragment; readonly report: Report }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [role, setRole] = useState(member.role);
  const [, changeRole] = useMutation(changeNetworkMemberRoleMutation);
  const id = `roll-${member.id}`;

  async function save() {
    const result = await changeRole({ memberId: member.id, role }, NETWORK_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('networks.members.roleChanged', { name: member.displayName, role: networkRoleLabel(role, locale).toLowerCase() }));
  }

  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {t('networks.members.roleLabel', { name: member.displayName })}
      </label>
      <select id={id} value={role} onChange={(event) => setRole(event.target.value)}>
        {NETWORK_ROLES.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label[locale]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--secondary"
        disabled={role === member.role}
        aria-label={t('networks.members.changeRoleLabel', { name: member.displayName })}
        onClick={() => void save()}
      >
        {t('networks.members.changeRole')}
      </button>
    </>
  );
}

/** The network's active members: name, organisation and role; chairs change roles and remove. */
function MembersTable({
  network,
  myUserId,
  report,
  onRemove,
}: {
  readonly network: NetworkDetail;
  readonly myUserId: string | undefined;
  readonly report: Report;
  readonly onRemove: (member: NetworkMemberFieldsFragment) => void;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroller">
      <table className="network-table">
        <caption>{t('networks.members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networks.members.name')}</th>
            <th scope="col">{t('networks.members.organization')}</th>
            <th scope="col">{t('networks.members.role')}</th>
            {network.canManage && <th scope="col">{t('networks.members.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {network.members.map((member) => {
            const isMe = member.userId === myUserId;
            return (
              <tr key={member.id}>
                <th scope="row">
                  {member.displayName} {isMe && <span className="hint">{t('networks.members.you')}</span>}
                </th>
                <td>{member.organization?.name ?? t('networks.members.noOrganization')}</td>
                <td>{networkRoleLabel(member.role, locale)}</td>
                {network.canManage && (
                  <td>
                    <div className="network-actions">
                      <RoleChanger key={member.role} member={member} report={report} />
                      {/* One's own membership ends with "Lämna nätverket" above. */}
                      {!isMe && (
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={t('networks.members.removeLabel', { name: member.displayName })}
                          onClick={() => onRemove(member)}
                        >
                          {t('networks.members.remove')}
                        </button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Chairs: invitations not answered yet (withdraw) and requests to join (approve or reject). */
function PendingMembers({ network, report }: { readonly network: NetworkDetail; readonly report: Report }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [, remove] = useMutation(removeNetworkMemberMutation);
  const [, decide] = useMutation(decideNetworkRequestMutation);

  async function run(action: () => Promise<{ readonly error?: CombinedError | undefined }>, done: string) {
    const result = await action();
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', done);
  }

  return (
    <section aria-labelledby="vantar-rubrik">
      <h3 id="vantar-rubrik">{t('networks.pending.heading')}</h3>
      {network.pendingMembers.length === 0 ? (
        <p>{t('networks.pending.empty')}</p>
      ) : (
        <div className="table-scroller">
          <table className="network-table">
            <caption>{t('networks.pending.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('networks.pending.name')}</th>
                <th scope="col">{t('networks.pending.email')}</th>
                <th scope="col">{t('networks.pending.status')}</th>
                <th scope="col">{t('networks.pending.since')}</th>
                <th scope="col">{t('networks.pending.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {network.pendingMembers.map((member) => {
                const name = member.displayName;
                return (
                  <tr key={member.id}>
                    <th scope="row">{name}</th>
                    <td>{member.email ?? ''}</td>
                    <td>{networkMemberStatusLabel(member.status, locale)}</td>
                    <td>
                      <time dateTime={String(member.createdAt)}>{formatInstant(member.createdAt, locale, { dateStyle: 'medium' })}</time>
                    </td>
                    <td>
                      <div className="network-actions">
                        {member.status === 'requested' ? (
                          <>
                            <button
                              type="button"
                              className="button"
                              aria-label={t('networks.pending.approveLabel', { name })}
                              onClick={() =>
                                void run(() => decide({ memberId: member.id, approve: true }, NETWORK_CHANGED), t('networks.pending.approved', { name }))
                              }
                            >
                              {t('networks.pending.approve')}
                            </button>
                            <button
                              type="button"
                              className="button button--secondary"
                              aria-label={t('networks.pending.rejectLabel', { name })}
                              onClick={() =>
                                void run(() => decide({ memberId: member.id, approve: false }, NETWORK_CHANGED), t('networks.pending.rejected', { name }))
                              }
                            >
                              {t('networks.pending.reject')}
                            </button>
                          </>
                        ) : (
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={t('networks.pending.withdrawLabel', { name })}
                            onClick={() => void run(() => remove({ memberId: member.id }, NETWORK_CHANGED), t('networks.pending.withdrawn', { name }))}
                          >
                            {t('networks.pending.withdraw')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** "Medlemmar": the table for every member; for chairs also invitations, requests and the invite form. */
export function NetworkMembersSection({ network, myUserId }: { readonly network: NetworkDetail; readonly myUserId: string | undefined }) {
  const { t } = useNetworksTranslation();
  const { t: tForms } = useTranslation();
  const locale = useLocale();
  const [, remove] = useMutation(removeNetworkMemberMutation);
  const [removing, setRemoving] = useState<NetworkMemberFieldsFragment | null>(null);
  const { message, report, ref } = useActionMessage();

  async function confirmRemove(member: NetworkMemberFieldsFragment) {
    setRemoving(null);
    const result = await remove({ memberId: member.id }, NETWORK_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('networks.members.removed', { name: member.displayName }));
  }

  return (
    <section aria-labelledby="medlemmar-rubrik">
      <h2 id="medlemmar-rubrik">{t('networks.members.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      <MembersTable network={network} myUserId={myUserId} report={report} onRemove={setRemoving} />
      {network.canManage && (
        <>
          <PendingMembers network={network} report={report} />
          <NetworkInviteForm networkId={network.id} onInvited={(email) => report('ok', t('networks.invite.sent', { email }))} />
          <ConfirmDialog
            open={removing !== null}
            title={t('networks.members.removeTitle', { name: removing?.displayName ?? '' })}
            message={t('networks.members.removeMessage')}
            confirmLabel={t('networks.members.removeConfirm')}
            cancelLabel={tForms('forms.cancel')}
            onCancel={() => setRemoving(null)}
            onConfirm={() => {
              if (removing) void confirmRemove(removing);
            }}
          />
        </>
      )}
    </section>
  );
}
