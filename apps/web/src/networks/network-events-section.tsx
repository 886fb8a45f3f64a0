import { useQuery } from 'urql';
import { useLocale } from '../i18n/use-locale';
import { QueryState } from '../ui/query-state';
import { formatInstant } from './network-format';
import { networkEventsQuery } from './network-queries';
import { networksSv, useNetworksTranslation } from './networks.i18n';

type EventKey = Exclude<keyof typeof networksSv.events.actions, 'other'>;

/** `member.role-changed` → `memberRoleChanged`: i18next reads dots as nesting, so codes are mapped to keys. */
export function eventKey(action: string): EventKey | undefined {
  const key = action.replace(/[.-]([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return key !== 'other' && Object.prototype.hasOwnProperty.call(networksSv.events.actions, key) ? (key as EventKey) : undefined;
}

/** "Händelser": who did what when in the network, in words per action (members only). */
export function NetworkEventsSection({ networkId }: { readonly networkId: string }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networkEventsQuery, variables: { id: networkId } });
  return (
    <section aria-labelledby="handelser-rubrik">
      <h2 id="handelser-rubrik">{t('networks.events.heading')}</h2>
      <QueryState
        result={{ data: data?.network.events, fetching, error }}
        loading={t('networks.events.loading')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(events) => events.length === 0}
        empty={<p>{t('networks.events.empty')}</p>}
      >
        {(events) => (
          <div className="table-scroller">
            <table className="network-table">
              <caption>{t('networks.events.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('networks.events.when')}</th>
                  <th scope="col">{t('networks.events.who')}</th>
                  <th scope="col">{t('networks.events.what')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => {
                  const key = eventKey(event.action);
                  return (
                    <tr key={event.id}>
                      <td>
                        <time dateTime={String(event.createdAt)}>{formatInstant(event.createdAt, locale)}</time>
                      </td>
                      <td>{event.actorName}</td>
                      <td>
                        {!event.subject && key === 'recordShared'
                          ? // The API leaves out the title of a record the reader may not read (any more).
                            t('networks.events.actions.recordSharedHidden')
                          : !event.subject && key === 'recordUnshared'
                            ? t('networks.events.actions.recordUnsharedHidden')
                            : t(`networks.events.actions.${key ?? 'other'}`, { subject: event.subject })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
