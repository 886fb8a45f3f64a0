import { useId } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { networkPath } from '../app/site-map';
import type { NetworksQuery } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { networkAdmissionLabel, networkKindLabel, networkLevelLabel, networkRoleLabel } from './network-format';
import { NETWORK_CHANGED, requestToJoinNetworkMutation, respondToNetworkInvitationMutation } from './network-queries';
import { networkTree, type NetworkTreeNode } from './network-tree';
import { useNetworksTranslation } from './networks.i18n';

export type NetworkListItem = NetworksQuery['networks'][number];

/** The networks I am an active member of, with my role. */
export function MyNetworksSection({
  networks,
  heading,
  empty,
}: {
  readonly networks: readonly NetworkListItem[];
  readonly heading: string;
  readonly empty: string;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const headingId = useId();
  const mine = networks.filter((network) => network.myStatus === 'active');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {mine.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="network-list">
          {mine.map((network) => (
            <li key={network.id}>
              <Link to={networkPath(network.id)}>{network.name}</Link>
              <br />
              <span className="hint">{t('networks.mine.role', { role: networkRoleLabel(network.myRole ?? 'member', locale) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** My open requests to join, so I know they are on their way. Nothing when there are none. */
export function MyRequestsSection({ networks }: { readonly networks: readonly NetworkListItem[] }) {
  const { t } = useNetworksTranslation();
  const requested = networks.filter((network) => network.myStatus === 'requested');
  if (requested.length === 0) return null;
  return (
    <section aria-labelledby="mina-ansokningar-rubrik">
      <h2 id="mina-ansokningar-rubrik">{t('networks.mine.requestsHeading')}</h2>
      <p>{t('networks.mine.requestsIntro')}</p>
      <ul>
        {requested.map((network) => (
          <li key={network.id}>
            <Link to={networkPath(network.id)}>{network.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** My invitations to networks, to accept or decline; shown only while there are some (or an answer to tell). */
export function NetworkInvitationsSection({ networks }: { readonly networks: readonly NetworkListItem[] }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [{ fetching }, respond] = useMutation(respondToNetworkInvitationMutation);
  const { message, report, ref } = useActionMessage();
  const invited = networks.filter((network) => network.myStatus === 'invited');

  async function answer(network: NetworkListItem, accept: boolean) {
    const result = await respond({ networkId: network.id, accept }, NETWORK_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t(accept ? 'networks.invitations.accepted' : 'networks.invitations.declined', { name: network.name }));
  }

  if (invited.length === 0 && !message) return null;
  return (
    <section aria-labelledby="natverksinbjudningar-rubrik">
      <h2 id="natverksinbjudningar-rubrik">{t('networks.invitations.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {invited.length > 0 && (
        <>
          <p>{t('networks.invitations.intro')}</p>
          <ul className="network-list">
            {invited.map((network) => (
              <li key={network.id}>
                <p>
                  <Link to={networkPath(network.id)}>{network.name}</Link>,{' '}
                  {t('networks.invitations.as', { role: networkRoleLabel(network.myRole ?? 'member', locale).toLowerCase() })}
                </p>
                <div className="network-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={fetching}
                    aria-label={t('networks.invitations.acceptLabel', { name: network.name })}
                    onClick={() => void answer(network, true)}
                  >
                    {t('networks.invitations.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={fetching}
                    aria-label={t('networks.invitations.declineLabel', { name: network.name })}
                    onClick={() => void answer(network, false)}
                  >
                    {t('networks.invitations.decline')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function TreeItem({
  node,
  depth,
  onJoin,
}: {
  readonly node: NetworkTreeNode<NetworkListItem>;
  readonly depth: number;
  readonly onJoin: (network: NetworkListItem) => void;
}) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const { network, children } = node;
  // h3 for the top of the tree under "Alla nätverk" (h2), one level deeper per level below.
  const Heading = `h${Math.min(depth + 2, 6)}` as 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <li>
      <Heading className="network-tree__title">
        <Link to={networkPath(network.id)}>{network.name}</Link>
      </Heading>
      <dl className="facts">
        <dt>{t('networks.tree.level')}</dt>
        <dd>{networkLevelLabel(network.level, locale)}</dd>
        <dt>{t('networks.tree.kind')}</dt>
        <dd>{networkKindLabel(network.kind, locale)}</dd>
        <dt>{t('networks.tree.host')}</dt>
        <dd>{network.hostOrganization.name}</dd>
        <dt>{t('networks.tree.admission')}</dt>
        <dd>{networkAdmissionLabel(network.admission, locale)}</dd>
      </dl>
      {network.myStatus === 'active' && <p>{t('networks.tree.status.active', { role: networkRoleLabel(network.myRole ?? 'member', locale) })}</p>}
      {network.myStatus === 'invited' && <p>{t('networks.tree.status.invited')}</p>}
      {network.myStatus === 'requested' && <p>{t('networks.tree.status.requested')}</p>}
      {!network.myStatus && network.admission === 'open' && (
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('networks.tree.joinLabel', { name: network.name })}
          onClick={() => onJoin(network)}
        >
          {t('networks.tree.join')}
        </button>
      )}
      {children.length > 0 && (
        <ul aria-label={t('networks.tree.childrenOf', { name: network.name })}>
          {children.map((child) => (
            <TreeItem key={child.network.id} node={child} depth={depth + 1} onJoin={onJoin} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Every network as a tree: regional networks, the clusters below them and their local groups, as
 * nested lists under headings one level deeper each, so a screen reader follows the structure.
 */
export function NetworkTreeSection({ networks }: { readonly networks: readonly NetworkListItem[] }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [, requestToJoin] = useMutation(requestToJoinNetworkMutation);
  const { message, report, ref } = useActionMessage();
  const tree = networkTree(networks);

  async function join(network: NetworkListItem) {
    const result = await requestToJoin({ networkId: network.id }, NETWORK_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('networks.tree.requested', { name: network.name }));
  }

  return (
    <section aria-labelledby="alla-natverk-rubrik">
      <h2 id="alla-natverk-rubrik">{t('networks.tree.heading')}</h2>
      <ActionMessage message={message} messageRef={ref} />
      {tree.length === 0 ? (
        <p>{t('networks.tree.empty')}</p>
      ) : (
        <>
          <p>{t('networks.tree.intro')}</p>
          <ul className="network-tree" aria-labelledby="alla-natverk-rubrik">
            {tree.map((node) => (
              <TreeItem key={node.network.id} node={node} depth={1} onJoin={(network) => void join(network)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
