import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FOLLOW_UP_MILESTONES } from '@portal/shared-domain';
import { initiativePath } from '../../app/site-map';
import { graphql } from '../../gql';
import { QueryErrorAlert } from '../../graphql/query-error-alert';
import { termLabel } from '../../i18n/term-label';
import { useLocale } from '../../i18n/use-locale';
import { useInitiativeFormTranslation } from '../form/initiative-form.i18n';

export const overdueFollowUpsQuery = graphql(`
  query RegionOverdueFollowUps {
    overdueFollowUps {
      id
      milestone
      dueDate
      initiative {
        id
        title
        organization {
          name
        }
      }
    }
  }
`);

/** Region-wide overdue follow-ups, for regional coordinators: which results nobody has followed up. */
export function RegionOverdueFollowUps() {
  const { t } = useInitiativeFormTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: overdueFollowUpsQuery, requestPolicy: 'cache-and-network' });
  const dateFormat = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const items = data?.overdueFollowUps ?? [];
  return (
    <section aria-labelledby="regionens-uppfoljningar">
      <h2 id="regionens-uppfoljningar">{t('initiativeForm.followUps.regionHeading')}</h2>
      <p>{t('initiativeForm.followUps.regionIntro')}</p>
      {fetching && !data ? (
        <p role="status" className="status">
          {t('initiativeForm.loading')}
        </p>
      ) : error && !data ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : items.length === 0 ? (
        <p>{t('initiativeForm.followUps.regionEmpty')}</p>
      ) : (
        <table>
          <caption>{t('initiativeForm.followUps.regionCaption', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('initiativeForm.followUps.initiative')}</th>
              <th scope="col">{t('initiativeForm.followUps.organization')}</th>
              <th scope="col">{t('initiativeForm.followUps.milestone')}</th>
              <th scope="col">{t('initiativeForm.followUps.due')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={initiativePath(item.initiative.id)}>{item.initiative.title}</Link>
                </td>
                <td>{item.initiative.organization.name}</td>
                <td>{termLabel(FOLLOW_UP_MILESTONES, item.milestone, locale)}</td>
                <td>{dateFormat.format(new Date(`${item.dueDate}T00:00:00Z`))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
