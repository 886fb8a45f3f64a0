import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import '../styles/record.css';
import { MyNetworksSection, MyRequestsSection, NetworkInvitationsSection, NetworkTreeSection } from './network-list-sections';
import { networksQuery } from './network-queries';
import './networks.css';
import { useNetworksTranslation } from './networks.i18n';

function Networks() {
  const { t } = useNetworksTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networksQuery });
  return (
    <QueryState result={{ data, fetching, error }} loading={t('networks.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {({ networks }) => (
        <>
          <p>
            <Link className="button" to={PATHS.newNetwork}>
              {t('networks.create')}
            </Link>
          </p>
          <MyNetworksSection networks={networks} heading={t('networks.mine.heading')} empty={t('networks.mine.empty')} />
          <NetworkInvitationsSection networks={networks} />
          <MyRequestsSection networks={networks} />
          <NetworkTreeSection networks={networks} />
        </>
      )}
    </QueryState>
  );
}

/** /natverk: my networks first, then my invitations, then every network as a tree. */
export function NetworksPage() {
  const { t } = useNetworksTranslation();
  return (
    <Page title={t('networks.title')}>
      <p className="lead">{t('networks.intro')}</p>
      <SignedInOrganization signInMessage={t('networks.signInNeeded')}>
        <Networks />
      </SignedInOrganization>
    </Page>
  );
}
