import { Link } from 'react-router';
import { OVERLAP_DECISIONS } from '@portal/shared-domain';
import { initiativePath } from '../app/site-map';
import type { OverlapBand, OverlapCandidateFieldsFragment, OverlapDecisionKind } from '../gql/graphql';
import { formatDateTime } from '../initiatives/shared/initiative-format';
import { termLabel } from '../i18n/term-label';
import { useLocale } from '../i18n/use-locale';
import { codeOf, reasonsLine } from './overlap-reasons';
import './overlaps.css';
import { useOverlapsTranslation } from './overlaps.i18n';

interface DecisionValue {
  readonly decision: OverlapDecisionKind;
  readonly note: string;
  readonly decidedByName: string;
  readonly decidedAt: string;
  readonly linked: boolean;
}

/** "Sannolikhet för överlappning: hög" as text (never colour alone). */
export function OverlapBandBadge({ band }: { readonly band: OverlapBand }) {
  const { t } = useOverlapsTranslation();
  const code = codeOf(band) as 'high' | 'medium' | 'low';
  return <span className={`overlap-band overlap-band-${code}`}>{t('overlaps.band.label', { band: t(`overlaps.band.${code}`) })}</span>;
}

/** The region's decision on a pair, with who and when. */
export function OverlapDecisionText({ decision }: { readonly decision: DecisionValue }) {
  const { t } = useOverlapsTranslation();
  const locale = useLocale();
  return (
    <p className="overlap-decision">
      {t('overlaps.decision.by', {
        decision: termLabel(OVERLAP_DECISIONS, codeOf(decision.decision), locale),
        name: decision.decidedByName,
        date: formatDateTime(decision.decidedAt, locale),
      })}
      {decision.note && (
        <>
          <br />
          {t('overlaps.decision.note', { note: decision.note })}
        </>
      )}
      {decision.linked && (
        <>
          <br />
          {t('overlaps.decision.linked')}
        </>
      )}
    </p>
  );
}

/** Candidates as a list: title (a link), owner, band, reasons in words, the region's decision. */
export function OverlapCandidateList({
  candidates,
  headingLevel = 3,
}: {
  readonly candidates: readonly OverlapCandidateFieldsFragment[];
  readonly headingLevel?: 3 | 4;
}) {
  const { t } = useOverlapsTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="overlap-list">
      {candidates.map((candidate) => (
        <li key={candidate.initiative.id} className="overlap-item">
          <Heading className="overlap-title">
            <Link to={initiativePath(candidate.initiative.id)}>{candidate.initiative.title}</Link>
          </Heading>
          <p className="overlap-meta">
            {candidate.initiative.organization.name} · <OverlapBandBadge band={candidate.band} />
          </p>
          <p className="overlap-reasons">{reasonsLine(candidate.reasons, t, locale)}</p>
          {candidate.decision && <OverlapDecisionText decision={candidate.decision} />}
        </li>
      ))}
    </ul>
  );
}
