import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { CalendarSubscriptionSection } from './calendar-subscription-section';
import { MyNetworksSection, MyRequestsSection, NetworkInvitationsSection } from './network-list-sections';
import { networksQuery } from './network-queries';
import './networks.css';
import { useNetworksTranslation } from './networks.i18n';

function MyNetworks() {
  const { t } = useNetworksTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networksQuery });
  return (
    <QueryState result={{ data, fetching, error }} loading={t('networks.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {({ networks }) => (
        <>
          <NetworkInvitationsSection networks={networks} />
          <MyNetworksSection networks={networks} heading={t('networks.mine.headingOnOwnPage')} empty={t('networks.mine.emptyOnOwnPage')} />
          <MyRequestsSection networks={networks} />
          <CalendarSubscriptionSection heading={t('networks.calendar.allHeading')} intro={t('networks.calendar.allIntro')} />
          <p>
            <Link to={PATHS.networks}>{t('networks.mine.allNetworks')}</Link>
          </p>
        </>
      )}
    </QueryState>
  );
}

/** /mina-natverk (in the menu when signed in): my invitations to answer and the networks I am in. */
export function MyNetworksPage() {
  const { t } = useNetworksTranslation();
  return (
    <Page title={t('networks.mine.title')}>
      <SignedInOrganization signInMessage={t('networks.signInNeeded')}>
        <MyNetworks />
      </SignedInOrganization>
    </Page>
  );
}
