import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { useLocale } from '../i18n/use-locale';
import { Page } from '../shell/page';
import { useHorizontalOverflow } from '../shell/use-horizontal-overflow';
import { organizationKindLabel } from './organization-kind';
import { organizationsQuery } from './organizations-query';
import './organizations-page.css';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [tableScrollRef, tableScrolls] = useHorizontalOverflow<HTMLDivElement>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: organizationsQuery });

  function retry() {
    // The retry button disappears while loading; keep focus on the page instead of losing it.
    headingRef.current?.focus();
    reexecute({ requestPolicy: 'network-only' });
  }

  const organizations = data?.organizations;

  return (
    <Page title={t('organizations.title')} headingRef={headingRef}>
      <p>{t('organizations.intro')}</p>
      {fetching && !organizations ? (
        <p role="status" className="status">
          {t('organizations.loading')}
        </p>
      ) : error && !organizations ? (
        <QueryErrorAlert error={error} onRetry={retry} />
      ) : !organizations || organizations.length === 0 ? (
        <p className="notice">{t('organizations.empty')}</p>
      ) : (
        <>
          {/* If it cannot fit, the table scrolls by itself (and by keyboard) instead of widening the page. */}
          <div
            ref={tableScrollRef}
            className="table-scroll"
            role={tableScrolls ? 'region' : undefined}
            aria-labelledby={tableScrolls ? 'organisationer-tabell' : undefined}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={tableScrolls ? 0 : undefined}
          >
            <table className="data-table">
              <caption id="organisationer-tabell">{t('organizations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organizations.columnName')}</th>
                  <th scope="col">{t('organizations.columnKind')}</th>
                  <th scope="col">{t('organizations.columnCode')}</th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((organization) => (
                  <tr key={organization.id}>
                    <th scope="row" lang="sv">
                      {organization.name}
                    </th>
                    <td>{organizationKindLabel(organization.kind, locale)}</td>
                    <td className="data-table__number">{organization.municipalityCode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('organizations.codeNote')}</p>
        </>
      )}
    </Page>
  );
}
