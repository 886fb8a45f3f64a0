import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { editNetworkPath, networkPath, PATHS } from '../app/site-map';
import { meQuery } from '../auth/me-query';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { useOptionalAuth } from '../auth/use-optional-auth';
import type { NetworkPageQuery } from '../gql/graphql';
import { errorCodeOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { RecordMaterial } from '../material/record-material';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import '../styles/record.css';
import { NetworkEventsSection } from './network-events-section';
import { networkAdmissionLabel, networkKindLabel, networkLevelLabel, networkRoleLabel } from './network-format';
import { NetworkMeetingsSection } from './network-meetings-section';
import { NetworkMembersSection } from './network-members-section';
import { NetworkMembershipSection } from './network-membership-section';
import { networkPageQuery } from './network-queries';
import { NetworkSharedSection } from './network-shared-section';
import './networks.css';
import { useNetworksTranslation } from './networks.i18n';

type NetworkDetail = NetworkPageQuery['network'];

function NetworkFacts({ network }: { readonly network: NetworkDetail }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const member = network.myStatus === 'active';
  return (
    <section aria-labelledby="om-natverket-rubrik">
      <h2 id="om-natverket-rubrik">{t('networks.detail.factsHeading')}</h2>
      {network.purpose.trim() ? <p className="network-text">{network.purpose.trim()}</p> : <p className="hint">{t('networks.detail.noPurpose')}</p>}
      <dl className="facts">
        <dt>{t('networks.detail.level')}</dt>
        <dd>{networkLevelLabel(network.level, locale)}</dd>
        <dt>{t('networks.detail.kind')}</dt>
        <dd>{networkKindLabel(network.kind, locale)}</dd>
        <dt>{t('networks.detail.host')}</dt>
        <dd>{network.hostOrganization.name}</dd>
        <dt>{t('networks.detail.admission')}</dt>
        <dd>{networkAdmissionLabel(network.admission, locale)}</dd>
        {network.parent && (
          <>
            <dt>{t('networks.detail.parent')}</dt>
            <dd>
              <Link to={networkPath(network.parent.id)}>{network.parent.name}</Link>
            </dd>
          </>
        )}
        {member && (
          <>
            <dt>{t('networks.detail.memberCount')}</dt>
            <dd>{network.memberCount}</dd>
            <dt>{t('networks.detail.myRole')}</dt>
            <dd>{networkRoleLabel(network.myRole ?? 'member', locale)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** What a member, a chair or someone outside sees of a loaded network. */
function NetworkBody({ network }: { readonly network: NetworkDetail }) {
  const { t } = useNetworksTranslation();
  const [me] = useQuery({ query: meQuery });
  const member = network.myStatus === 'active';
  return (
    <>
      {network.canManage && (
        <p>
          <Link className="button" to={editNetworkPath(network.id)}>
            {t('networks.detail.edit')}
          </Link>
        </p>
      )}
      <NetworkFacts network={network} />
      <NetworkMembershipSection network={network} />
      {member ? (
        <>
          <NetworkMeetingsSection networkId={network.id} />
          <NetworkMembersSection network={network} myUserId={me.data?.me.id} />
          <NetworkSharedSection shared={network.shared} />
          <RecordMaterial owner="network" id={network.id} />
          <NetworkEventsSection networkId={network.id} />
        </>
      ) : (
        <p className="notice">{t('networks.detail.membersOnly')}</p>
      )}
    </>
  );
}

/** /natverk/:id: a network's purpose and facts, my membership, its members, what is shared with it and its events. */
export function NetworkPage() {
  const { t } = useNetworksTranslation();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networkPageQuery, variables: { id }, pause: !signedIn });
  const network = data?.network;
  const notFound = Boolean(error && !network && errorCodeOf(error) === 'NOT_FOUND');
  const title = notFound ? t('networks.detail.notFoundTitle') : (network?.name ?? t('networks.title'));
  return (
    <Page title={title} headingRef={headingRef}>
      <p className="network-back">
        <Link to={PATHS.networks}>{t('networks.detail.backToNetworks')}</Link>
      </p>
      <SignedInOrganization signInMessage={t('networks.signInNeeded')}>
        {notFound ? (
          <p>{t('networks.detail.notFound')}</p>
        ) : network ? (
          <NetworkBody network={network} />
        ) : (
          <QueryState
            result={{ fetching, error }}
            loading={t('networks.detail.loading')}
            onRetry={() => {
              headingRef.current?.focus();
              reexecute({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </SignedInOrganization>
    </Page>
  );
}
