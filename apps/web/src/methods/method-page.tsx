import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { METHOD_FIELD_LABELS } from '@portal/shared-domain';
import { editMethodPath, PATHS } from '../app/site-map';
import { useOptionalAuth } from '../auth/use-optional-auth';
import { errorCodeOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { RecordMaterial } from '../material/record-material';
import { NetworkSharing } from '../networks/network-sharing';
import { Page } from '../shell/page';
import { ChangeHistory } from '../ui/change-history';
import { QueryState } from '../ui/query-state';
import { MethodDetails } from './method-details';
import { methodHistoryQuery, methodPageQuery } from './method-queries';
import '../styles/record.css';
import './methods.css';
import { useMethodsTranslation } from './methods.i18n';

const ACTIONS = ['created', 'updated', 'archived', 'restored'] as const;
const isAction = (action: string): action is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(action);

/** Who changed the method and when; only for signed-in users. */
function MethodHistory({ id }: { readonly id: string }) {
  const { t } = useMethodsTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: methodHistoryQuery, variables: { id } });
  return (
    <ChangeHistory
      result={{ data: data?.methodHistory, fetching, error }}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      actionLabel={(action) => (isAction(action) ? t(`methods.detail.actions.${action}`) : undefined)}
      fieldLabel={(field) => METHOD_FIELD_LABELS[field]?.[locale]}
    />
  );
}

/** One method (/metoder/:id) with every field, who uses it, their outcomes and (signed in) its history. */
export function MethodPage() {
  const { t } = useMethodsTranslation();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: methodPageQuery, variables: { id } });
  const method = data?.method;
  const back = (
    <p className="method-back">
      <Link to={PATHS.methods}>{t('methods.detail.backToRegister')}</Link>
    </p>
  );

  if (error && !method && errorCodeOf(error) === 'NOT_FOUND') {
    return (
      <Page title={t('methods.detail.notFoundTitle')}>
        <p>{t('methods.detail.notFound')}</p>
        {back}
      </Page>
    );
  }

  if (!method) {
    return (
      <Page title={t('methods.title')} headingRef={headingRef}>
        <QueryState
          result={{ fetching, error }}
          loading={t('methods.detail.loading')}
          onRetry={() => {
            headingRef.current?.focus();
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={method.name}>
      {back}
      {method.archived && <p className="notice">{t('methods.detail.archivedNotice')}</p>}
      {method.canEdit && (
        <p>
          <Link className="button" to={editMethodPath(method.id)}>
            {t('methods.detail.edit')}
          </Link>
        </p>
      )}
      <MethodDetails method={method} />
      <RecordMaterial owner="method" id={method.id} />
      <NetworkSharing recordKind="method" recordId={method.id} />
      {signedIn && <MethodHistory id={method.id} />}
    </Page>
  );
}
