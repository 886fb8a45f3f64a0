import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useActiveOrganization } from '../auth/active-organization';
import { meQuery } from '../auth/me-query';
import { useOptionalAuth } from '../auth/use-optional-auth';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { useLocale } from '../i18n/use-locale';
import { organizationKindLabel } from '../organizations/organization-kind';
import { Page } from '../shell/page';
import { auditLogQuery } from './audit-log-query';
import { MembersSection } from './members-section';
import { MyInvitationsSection } from './my-invitations-section';

const ROLE_KEYS = ['portal-user', 'region-overseer', 'platform-admin'] as const;
// Audit action codes contain dots, which i18next reads as nesting; map them to message keys.
const ACTION_KEYS = {
  'member.invited': 'memberInvited',
  'member.removed': 'memberRemoved',
  'role.granted': 'roleGranted',
  'role.revoked': 'roleRevoked',
  'organization.created': 'organizationCreated',
  'invitation.accepted': 'invitationAccepted',
  'invitation.declined': 'invitationDeclined',
  'invitation.withdrawn': 'invitationWithdrawn',
} as const;

function actionKey(action: string): (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS] | undefined {
  return Object.prototype.hasOwnProperty.call(ACTION_KEYS, action) ? ACTION_KEYS[action as keyof typeof ACTION_KEYS] : undefined;
}

function AuditLog({ version }: { readonly version: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: auditLogQuery });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  if (fetching && !data)
    return (
      <p role="status" className="status">
        {t('myOrganization.loading')}
      </p>
    );
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const events = data?.organizationAuditLog ?? [];
  if (events.length === 0) return <p>{t('myOrganization.auditEmpty')}</p>;
  const format = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <table className="data-table">
      <caption>{t('myOrganization.auditCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myOrganization.columnTime')}</th>
          <th scope="col">{t('myOrganization.columnAction')}</th>
          <th scope="col">{t('myOrganization.columnActor')}</th>
          <th scope="col">{t('myOrganization.columnSubject')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{format.format(new Date(event.createdAt as string))}</td>
            <td>{actionKey(event.action) ? t(`auditActions.${actionKey(event.action)!}`) : event.action}</td>
            <td>{event.actorUsername}</td>
            <td>{event.subject ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The signed-in user's organisation and roles; for admins also the audit log. */
export function MyOrganizationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const auth = useOptionalAuth();
  const { slug } = useActiveOrganization();
  const signedIn = Boolean(auth?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: meQuery, pause: !signedIn });
  const [auditVersion, setAuditVersion] = useState(0);

  if (!signedIn) {
    return (
      <Page title={t('myOrganization.title')}>
        <p>{t('myOrganization.signInNeeded')}</p>
        {auth && (
          <button type="button" className="button" onClick={() => void auth.signinRedirect({ state: { returnTo: '/min-organisation' } })}>
            {t('auth.signIn')}
          </button>
        )}
      </Page>
    );
  }
  const me = data?.me;
  const organization = me?.organizations.find((o) => o.slug === (me.activeOrganization?.slug ?? slug));
  // Administration is per organisation: admin of the organisation shown here, not of any.
  const administersThis = Boolean(organization && me?.administeredOrganizations.includes(organization.slug));
  const isAdmin = administersThis || Boolean(me?.roles.includes('platform-admin'));
  return (
    <Page title={t('myOrganization.title')}>
      {fetching && !me ? (
        <p role="status" className="status">
          {t('myOrganization.loading')}
        </p>
      ) : error && !me ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : me ? (
        <>
          <MyInvitationsSection onMembershipChanged={() => reexecute({ requestPolicy: 'network-only' })} />
          <h2>{t('myOrganization.organizationHeading')}</h2>
          {organization ? (
            <dl className="facts">
              <dt>{t('myOrganization.organizationHeading')}</dt>
              <dd>{organization.name}</dd>
              <dt>{t('myOrganization.kind')}</dt>
              <dd>{organizationKindLabel(organization.kind, locale)}</dd>
              <dt>{t('myOrganization.code')}</dt>
              <dd>{organization.municipalityCode}</dd>
            </dl>
          ) : (
            <p>{me.organizations.length === 0 ? t('myOrganization.noOrganization') : t('myOrganization.pickOrganization')}</p>
          )}
          <h2>{t('myOrganization.rolesHeading')}</h2>
          <ul>
            {me.roles
              .filter((r): r is (typeof ROLE_KEYS)[number] => (ROLE_KEYS as readonly string[]).includes(r))
              .map((role) => (
                <li key={role}>{t(`roles.${role}`)}</li>
              ))}
            {administersThis && organization && <li>{t('roles.organizationAdmin', { name: organization.name })}</li>}
          </ul>
          {isAdmin && organization && (
            <>
              <MembersSection onChanged={() => setAuditVersion((v) => v + 1)} />
              <h2>{t('myOrganization.auditHeading')}</h2>
              <AuditLog version={auditVersion} />
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
