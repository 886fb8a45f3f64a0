import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ErrorSummary } from '../forms/error-summary';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { TextField } from '../forms/form-fields';
import { submitOutcome, useFormSubmit } from '../forms/use-form-submit';
import { errorMessageOf } from '../graphql/error-code';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { useLocale } from '../i18n/use-locale';
import {
  inviteMemberMutation,
  membersQuery,
  pendingInvitationsQuery,
  removeMemberMutation,
  setAdminMutation,
  withdrawInvitationMutation,
} from './members-queries';
import '../styles/forms.css';

interface InviteState {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
}
const EMPTY_INVITE: InviteState = { email: '', firstName: '', lastName: '' };
const INVITE_FIELDS = ['email', 'firstName', 'lastName'] as const;
const inviteFieldOrder = () => INVITE_FIELDS;

/** Admins of the organisation: members, pending invitations, the admin right and removal, each confirmed. */
export function MembersSection({ onChanged }: { readonly onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: membersQuery });
  const [, invite] = useMutation(inviteMemberMutation);
  const [, remove] = useMutation(removeMemberMutation);
  const [, setAdmin] = useMutation(setAdminMutation);
  const [pending, reexecutePending] = useQuery({ query: pendingInvitationsQuery });
  const [, withdraw] = useMutation(withdrawInvitationMutation);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // What the last invitation answered, for the message after it (onSaved gets an id only).
  const invited = useRef<{ email: string; pending: boolean } | null>(null);

  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecutePending({ requestPolicy: 'network-only' });
    onChanged();
  };
  const failure = (err: CombinedError) => errorMessageOf(err, locale);
  const report = (kind: 'ok' | 'error', text: string) => {
    flushSync(() => setMessage({ kind, text }));
    messageRef.current?.focus();
  };

  const inviteForm = useFormSubmit<InviteState>({
    initial: EMPTY_INVITE,
    fieldOrder: inviteFieldOrder,
    validate: (values): Record<string, string> => (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(values.email.trim()) ? {} : { email: t('members.emailInvalid') }),
    submit: async (values) => {
      const result = await invite({
        input: { email: values.email.trim(), firstName: values.firstName.trim() || null, lastName: values.lastName.trim() || null },
      });
      const data = result.data?.inviteMember;
      invited.current = data ? { email: data.email, pending: data.status === 'PENDING' } : null;
      return submitOutcome(result, (answer) => answer.inviteMember.email);
    },
    onSaved: (email) => {
      inviteForm.setValues(EMPTY_INVITE);
      report('ok', t(invited.current?.pending ? 'members.invitedPending' : 'members.invited', { email: invited.current?.email ?? email }));
      refresh();
    },
    // The form stays on the page after each invitation; an address is quickly typed again.
    warnOnLeave: false,
  });

  async function toggleAdmin(userId: string, admin: boolean, who: string) {
    const result = await setAdmin({ userId, admin });
    if (result.error) return report('error', failure(result.error));
    report('ok', t(admin ? 'members.adminGranted' : 'members.adminRevoked', { name: who }));
    refresh();
  }

  async function withdrawInvitation(id: string, email: string) {
    const result = await withdraw({ id });
    if (result.error) return report('error', failure(result.error));
    report('ok', t('members.withdrawn', { email }));
    refresh();
  }

  async function confirmRemove(userId: string, who: string) {
    setConfirming(null);
    const result = await remove({ userId });
    if (result.error) return report('error', failure(result.error));
    report('ok', t('members.removed', { name: who }));
    refresh();
  }

  const members = data?.organizationMembers ?? [];

  return (
    <section aria-labelledby="medlemmar-rubrik">
      <h2 id="medlemmar-rubrik">{t('members.heading')}</h2>
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          className={message.kind === 'ok' ? 'notice' : 'alert alert--error'}
        >
          <p>{message.text}</p>
        </div>
      )}
      {fetching && !data ? (
        <p role="status" className="status">
          {t('members.loading')}
        </p>
      ) : error && !data ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <table className="data-table">
          <caption>{t('members.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.columnName')}</th>
              <th scope="col">{t('members.columnEmail')}</th>
              <th scope="col">{t('members.columnAdmin')}</th>
              <th scope="col">{t('members.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const who = member.name ?? member.username;
              return (
                <tr key={member.id}>
                  <th scope="row">{who}</th>
                  <td>{member.email ?? ''}</td>
                  <td>{member.isOrganizationAdmin ? t('members.yes') : t('members.no')}</td>
                  <td>
                    <div className="member-actions">
                      <button type="button" className="button button--secondary" onClick={() => void toggleAdmin(member.id, !member.isOrganizationAdmin, who)}>
                        {member.isOrganizationAdmin ? t('members.revokeAdmin', { name: who }) : t('members.grantAdmin', { name: who })}
                      </button>
                      {confirming === member.id ? (
                        <>
                          <button type="button" className="button" onClick={() => void confirmRemove(member.id, who)}>
                            {t('members.confirmRemove', { name: who })}
                          </button>
                          <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                            {t('members.cancel')}
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button button--secondary" onClick={() => setConfirming(member.id)}>
                          {t('members.remove', { name: who })}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <section aria-labelledby="vantande-rubrik">
        <h3 id="vantande-rubrik">{t('members.pendingHeading')}</h3>
        {(pending.data?.organizationInvitations.length ?? 0) === 0 ? (
          <p>{t('members.pendingEmpty')}</p>
        ) : (
          <table className="data-table">
            <caption>{t('members.pendingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.columnEmail')}</th>
                <th scope="col">{t('members.columnInvited')}</th>
                <th scope="col">{t('members.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.data?.organizationInvitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>
                    <time dateTime={String(invitation.createdAt)}>
                      {new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium' }).format(new Date(invitation.createdAt as string))}
                    </time>
                  </td>
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => void withdrawInvitation(invitation.id, invitation.email)}>
                      {t('members.withdraw', { email: invitation.email })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-form" aria-labelledby="inbjudan-rubrik">
        <h3 id="inbjudan-rubrik">{t('members.inviteHeading')}</h3>
        <p>{t('members.inviteIntro')}</p>
        <FieldIdPrefix prefix="inbjudan">
          <ErrorSummary id={inviteForm.feedbackIds.summary} items={inviteForm.summary} heading={t('members.summaryHeading')} headingLevel={4} />
          {inviteForm.failure && (
            <div id={inviteForm.feedbackIds.failure} tabIndex={-1} role="alert" className="alert alert--error">
              <p>{inviteForm.failure}</p>
            </div>
          )}
          <form noValidate onSubmit={inviteForm.onSubmit}>
            {INVITE_FIELDS.map((field) => (
              <TextField
                key={field}
                path={field}
                type={field === 'email' ? 'email' : 'text'}
                label={t(`members.${field}Label`)}
                error={inviteForm.errorOf(field)}
                value={inviteForm.values[field]}
                onChange={(value) => inviteForm.set(field, value)}
              />
            ))}
            <button type="submit" className="button">
              {t('members.inviteButton')}
            </button>
          </form>
        </FieldIdPrefix>
      </section>
    </section>
  );
}
