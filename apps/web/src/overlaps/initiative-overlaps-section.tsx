import { Link } from 'react-router';
import { useQuery } from 'urql';
import { initiativePath } from '../app/site-map';
import { QueryState } from '../ui/query-state';
import { OverlapCandidateList, OverlapDecisionText } from './overlap-candidate-list';
import { initiativeOverlapsQuery } from './overlap-queries';
import { useOverlapsTranslation } from './overlaps.i18n';

/** "Möjlig överlappning" on an initiative's page (signed in): candidates with reasons, and the region's decisions. */
export function InitiativeOverlapsSection({ initiativeId }: { readonly initiativeId: string }) {
  const { t } = useOverlapsTranslation();
  const [result, reexecute] = useQuery({ query: initiativeOverlapsQuery, variables: { id: initiativeId } });
  return (
    <section aria-labelledby="mojlig-overlappning">
      <h2 id="mojlig-overlappning">{t('overlaps.section.heading')}</h2>
      <p>{t('overlaps.section.intro')}</p>
      <QueryState result={result} loading={t('overlaps.section.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <>
            {data.initiativeOverlaps.length === 0 ? <p>{t('overlaps.section.empty')}</p> : <OverlapCandidateList candidates={data.initiativeOverlaps} />}
            <h3>{t('overlaps.section.decisionsHeading')}</h3>
            {data.initiativeOverlapDecisions.length === 0 ? (
              <p>{t('overlaps.section.decisionsEmpty')}</p>
            ) : (
              <ul className="overlap-list">
                {data.initiativeOverlapDecisions.map((entry) => (
                  <li key={entry.other.id} className="overlap-item">
                    <p className="overlap-title">
                      <Link to={initiativePath(entry.other.id)}>{entry.other.title}</Link> ({entry.other.organization.name})
                    </p>
                    <OverlapDecisionText decision={entry.decision} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
