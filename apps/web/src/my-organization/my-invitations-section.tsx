import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ERROR_MESSAGES } from '@portal/shared-domain';
import { useOptionalAuth } from '../auth/use-optional-auth';
import { errorCodeOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { acceptInvitationMutation, declineInvitationMutation, myInvitationsQuery } from './my-invitations-queries';

/**
 * The signed-in user's pending invitations. Accepting makes them a member in Keycloak; the
 * session is then renewed so the new token carries the organisation. Nothing shows when there
 * are none, except the outcome of the last answer (in a live region).
 */
export function MyInvitationsSection({ onMembershipChanged }: { readonly onMembershipChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const auth = useOptionalAuth();
  const [{ data }, reexecute] = useQuery({ query: myInvitationsQuery, requestPolicy: 'network-only' });
  const [, accept] = useMutation(acceptInvitationMutation);
  const [, decline] = useMutation(declineInvitationMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const report = (kind: 'ok' | 'error', text: string) => {
    flushSync(() => setMessage({ kind, text }));
    messageRef.current?.focus();
  };
  const failure = (err: CombinedError) => {
    const serverMessage = err.graphQLErrors[0]?.message;
    return serverMessage && err.graphQLErrors[0]?.extensions?.['code'] !== 'INTERNAL' ? serverMessage : ERROR_MESSAGES[errorCodeOf(err)][locale];
  };

  async function answer(id: string, organization: string, yes: boolean) {
    setBusy(id);
    const result = yes ? await accept({ id }) : await decline({ id });
    setBusy(null);
    if (result.error) return report('error', failure(result.error));
    if (yes) {
      // The membership is in Keycloak now; a renewed token carries it. A failed renewal only
      // means it shows after the next sign-in.
      await auth?.signinSilent().catch(() => undefined);
      onMembershipChanged();
    }
    report('ok', t(yes ? 'invitations.accepted' : 'invitations.declined', { organization }));
    reexecute({ requestPolicy: 'network-only' });
  }

  const invitations = data?.myInvitations ?? [];
  if (invitations.length === 0 && !message) return null;
  const format = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium' });
  return (
    <section aria-labelledby="mina-inbjudningar-rubrik">
      <h2 id="mina-inbjudningar-rubrik">{t('invitations.heading')}</h2>
      <div
        ref={messageRef}
        tabIndex={-1}
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message ? (message.kind === 'ok' ? 'notice' : 'alert alert--error') : undefined}
      >
        {message && <p>{message.text}</p>}
      </div>
      {invitations.length > 0 && (
        <>
          <p>{t('invitations.intro')}</p>
          <ul className="invitation-list">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <p>
                  <strong>{invitation.organization.name}</strong> – {t('invitations.invitedBy', { name: invitation.invitedByUsername })},{' '}
                  <time dateTime={String(invitation.createdAt)}>{format.format(new Date(invitation.createdAt as string))}</time>
                </p>
                <div className="member-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={busy !== null}
                    onClick={() => void answer(invitation.id, invitation.organization.name, true)}
                  >
                    {t('invitations.accept', { organization: invitation.organization.name })}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy !== null}
                    onClick={() => void answer(invitation.id, invitation.organization.name, false)}
                  >
                    {t('invitations.decline', { organization: invitation.organization.name })}
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
