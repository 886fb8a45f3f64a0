import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { editInitiativePath, PATHS } from '../../app/site-map';
import { useOptionalAuth } from '../../auth/use-optional-auth';
import { errorCodeOf } from '../../graphql/error-code';
import { RecordMaterial } from '../../material/record-material';
import { NetworkSharing } from '../../networks/network-sharing';
import { Page } from '../../shell/page';
import { QueryState } from '../../ui/query-state';
import { initiativePageQuery } from './initiative-queries';
import { InitiativeDetails } from './initiative-details';
import { InitiativeHistory } from './initiative-history';
import '../../styles/record.css';
import '../shared/initiatives.css';
import './initiative-page.css';

// Only for signed-in readers, after the page itself: its own chunk.
const InitiativeOverlapsSection = lazy(async () => ({ default: (await import('../../overlaps/initiative-overlaps-section')).InitiativeOverlapsSection }));

/** One initiative with every field, its relations, pearl string, follow-ups and (signed in) history. */
export function InitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: initiativePageQuery, variables: { id } });
  const initiative = data?.initiative;

  if (error && !initiative && errorCodeOf(error) === 'NOT_FOUND') {
    return (
      <Page title={t('register.detail.notFoundTitle')}>
        <p>{t('register.detail.notFound')}</p>
        <p>
          <Link to={PATHS.initiatives}>{t('register.detail.backToRegister')}</Link>
        </p>
      </Page>
    );
  }

  if (!initiative) {
    return (
      <Page title={t('register.title')} headingRef={headingRef}>
        <QueryState
          result={{ fetching, error }}
          loading={t('register.detail.loading')}
          onRetry={() => {
            headingRef.current?.focus();
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={initiative.title}>
      <p className="initiative-back">
        <Link to={PATHS.initiatives}>{t('register.detail.backToRegister')}</Link>
      </p>
      {initiative.isDemo && <p className="notice">{t('register.detail.demoNotice')}</p>}
      {initiative.archived && <p className="notice">{t('register.detail.archivedNotice')}</p>}
      {initiative.canEdit && (
        <p>
          <Link className="button" to={editInitiativePath(initiative.id)}>
            {t('register.detail.edit')}
          </Link>
        </p>
      )}
      <InitiativeDetails initiative={initiative} />
      <RecordMaterial owner="initiative" id={initiative.id} />
      <NetworkSharing recordKind="initiative" recordId={initiative.id} />
      {signedIn && !initiative.archived && (
        <Suspense fallback={null}>
          <InitiativeOverlapsSection initiativeId={initiative.id} />
        </Suspense>
      )}
      {signedIn && <InitiativeHistory id={initiative.id} />}
    </Page>
  );
}
