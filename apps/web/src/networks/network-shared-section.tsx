import { Link } from 'react-router';
import { initiativePath, materialPath, methodPath } from '../app/site-map';
import type { NetworkPageQuery } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { formatInstant } from './network-format';
import { useNetworksTranslation } from './networks.i18n';

type SharedRecord = NetworkPageQuery['network']['shared'][number];

const PATH_OF: Readonly<Record<string, (id: string) => string>> = { initiative: initiativePath, method: methodPath, material: materialPath };
const recordPath = (record: SharedRecord) => (PATH_OF[record.kind] ?? initiativePath)(record.id);
const KINDS = ['initiative', 'method', 'material'] as const;
const kindOf = (kind: string): (typeof KINDS)[number] => KINDS.find((known) => known === kind) ?? 'initiative';

/** "Delat med nätverket": the initiatives, methods and material shared with it, linked to their pages. */
export function NetworkSharedSection({ shared }: { readonly shared: readonly SharedRecord[] }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="delat-rubrik">
      <h2 id="delat-rubrik">{t('networks.shared.heading')}</h2>
      {shared.length === 0 ? (
        <p>{t('networks.shared.empty')}</p>
      ) : (
        <>
          <p>{t('networks.shared.intro')}</p>
          <ul className="network-list">
            {shared.map((record) => (
              <li key={`${record.kind}-${record.id}`}>
                <Link to={recordPath(record)}>{record.title}</Link>
                <br />
                <span className="hint">
                  {t('networks.shared.by', {
                    kind: t(`networks.shared.kinds.${kindOf(record.kind)}`),
                    organization: record.organization.name,
                    date: formatInstant(record.sharedAt, locale, { dateStyle: 'medium' }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
