import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ERROR_MESSAGES } from '@portal/shared-domain';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../forms/confirm-dialog';
import { describedBy, FieldFrame } from '../forms/form-fields';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { QueryState } from '../ui/query-state';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { calendarSubscriptionsQuery, createCalendarSubscriptionMutation, revokeCalendarSubscriptionMutation } from './meeting-queries';
import { formatInstant } from './network-format';
import { useNetworksTranslation } from './networks.i18n';

interface CalendarSubscriptionSectionProps {
  /** The network whose meetings the feed holds; left out for all my networks. */
  readonly networkId?: string;
  readonly heading: string;
  readonly intro: string;
}

/**
 * A calendar feed at an unguessable address: create it (the address is shown once, to copy), see
 * the ones made before, and remove one, which stops its address at once.
 */
export function CalendarSubscriptionSection({ networkId, heading, intro }: CalendarSubscriptionSectionProps) {
  const { t } = useNetworksTranslation();
  const { t: tForms } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const addressId = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: calendarSubscriptionsQuery });
  const [, create] = useMutation(createCalendarSubscriptionMutation);
  const [, revoke] = useMutation(revokeCalendarSubscriptionMutation);
  const [address, setAddress] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ readonly id: string; readonly date: string } | null>(null);
  const { message, report, ref } = useActionMessage();
  const addressRef = useRef<HTMLInputElement>(null);
  // The list comes back empty (no typename to refresh by) as often as not: ask again after a change.
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  async function createFeed() {
    const result = await create({ networkId: networkId ?? null });
    if (result.error || !result.data) return report('error', result.error ? errorMessageOf(result.error, locale) : ERROR_MESSAGES.INTERNAL[locale]);
    flushSync(() => setAddress(`${window.location.origin}${result.data!.createCalendarSubscription.path}`));
    report('ok', t('networks.calendar.created'));
    refresh();
  }

  async function copy() {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      report('ok', t('networks.calendar.copied'));
    } catch {
      addressRef.current?.select();
      report('error', t('networks.calendar.copyFailed'));
    }
  }

  async function confirmRevoke(id: string) {
    setRevoking(null);
    const result = await revoke({ id });
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    setAddress(null);
    report('ok', t('networks.calendar.revoked'));
    refresh();
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      <ActionMessage message={message} messageRef={ref} />
      {address && (
        <div className="network-actions">
          <FieldFrame id={addressId} label={t('networks.calendar.address.label')} hint={t('networks.calendar.address.hint')}>
            <input
              ref={addressRef}
              id={addressId}
              type="url"
              readOnly
              className="input--medium"
              aria-describedby={describedBy(addressId, true, false)}
              value={address}
              onFocus={(event) => event.target.select()}
            />
          </FieldFrame>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('networks.calendar.copy')}
          </button>
        </div>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={() => void createFeed()}>
          {t('networks.calendar.create')}
        </button>
      </p>
      <h3>{t('networks.calendar.existingHeading')}</h3>
      <QueryState result={{ data, fetching, error }} onRetry={refresh}>
        {({ calendarSubscriptions }) => {
          const mine = calendarSubscriptions.filter((subscription) => (subscription.network?.id ?? null) === (networkId ?? null));
          if (mine.length === 0) return <p>{t('networks.calendar.none')}</p>;
          return (
            <ul className="network-list">
              {mine.map((subscription) => {
                const date = formatInstant(subscription.createdAt, locale);
                return (
                  <li key={subscription.id} className="network-actions">
                    <span>{t('networks.calendar.existing', { date })}</span>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('networks.calendar.revokeLabel', { date })}
                      onClick={() => setRevoking({ id: subscription.id, date })}
                    >
                      {t('networks.calendar.revoke')}
                    </button>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryState>
      <ConfirmDialog
        open={revoking !== null}
        title={t('networks.calendar.revokeTitle')}
        message={t('networks.calendar.revokeMessage')}
        confirmLabel={t('networks.calendar.revokeConfirm')}
        cancelLabel={tForms('forms.cancel')}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) void confirmRevoke(revoking.id);
        }}
      />
    </section>
  );
}
