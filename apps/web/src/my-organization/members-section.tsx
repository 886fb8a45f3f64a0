import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
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

type InviteField = 'email' | 'firstName' | 'lastName';
const FIELD_IDS: Readonly<Record<InviteField, string>> = { email: 'inbjudan-epost', firstName: 'inbjudan-fornamn', lastName: 'inbjudan-efternamn' };

function fieldErrorsOf(error: CombinedError | undefined): Partial<Record<InviteField, string>> {
  const raw = error?.graphQLErrors[0]?.extensions?.['fieldErrors'];
  if (typeof raw !== 'object' || raw === null) return {};
  const result: Partial<Record<InviteField, string>> = {};
  for (const field of Object.keys(FIELD_IDS) as InviteField[]) {
    const message = (raw as Record<string, unknown>)[field];
    if (typeof message === 'string') result[field] = message;
  }
  return result;
}

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
  const [form, setForm] = useState({ email: '', firstName: '', lastName: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<InviteField, string>>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

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

  async function submitInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Partial<Record<InviteField, string>> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(form.email.trim())) local.email = t('members.emailInvalid');
    if (Object.keys(local).length > 0) {
      flushSync(() => setFieldErrors(local));
      summaryRef.current?.focus();
      return;
    }
    const result = await invite({ input: { email: form.email.trim(), firstName: form.firstName.trim() || null, lastName: form.lastName.trim() || null } });
    if (result.error) {
      const fromServer = fieldErrorsOf(result.error);
      if (Object.keys(fromServer).length > 0) {
        flushSync(() => setFieldErrors(fromServer));
        summaryRef.current?.focus();
      } else {
        setFieldErrors({});
        report('error', failure(result.error));
      }
      return;
    }
    setFieldErrors({});
    setForm({ email: '', firstName: '', lastName: '' });
    const email = result.data?.inviteMember.email ?? form.email;
    report('ok', t(result.data?.inviteMember.status === 'PENDING' ? 'members.invitedPending' : 'members.invited', { email }));
    refresh();
  }

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
  const errorList = (Object.keys(FIELD_IDS) as InviteField[]).flatMap((field) => (fieldErrors[field] ? [{ field, text: fieldErrors[field]! }] : []));

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
        {errorList.length > 0 && (
          <div className="error-summary" ref={summaryRef} tabIndex={-1}>
            <h4 className="error-summary__title">{t('members.summaryHeading')}</h4>
            <ul className="error-summary__list">
              {errorList.map(({ field, text }) => (
                <li key={field}>
                  <a href={`#${FIELD_IDS[field]}`}>{text}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form noValidate onSubmit={(event) => void submitInvite(event)}>
          {(['email', 'firstName', 'lastName'] as const).map((field) => (
            <div key={field} className={fieldErrors[field] ? 'field field--error' : 'field'}>
              <label className="field__label" htmlFor={FIELD_IDS[field]}>
                {t(`members.${field}Label`)}
              </label>
              {fieldErrors[field] && (
                <p id={`${FIELD_IDS[field]}-error`} className="field__error">
                  {fieldErrors[field]}
                </p>
              )}
              <input
                id={FIELD_IDS[field]}
                name={field}
                type={field === 'email' ? 'email' : 'text'}
                autoComplete="off"
                required={field === 'email'}
                aria-invalid={fieldErrors[field] ? true : undefined}
                aria-describedby={fieldErrors[field] ? `${FIELD_IDS[field]}-error` : undefined}
                value={form[field]}
                onChange={(event) => setForm((current) => ({ ...current, [field]: event.target.value }))}
              />
            </div>
          ))}
          <button type="submit" className="button">
            {t('members.inviteButton')}
          </button>
        </form>
      </section>
    </section>
  );
}
