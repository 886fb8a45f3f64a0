import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { OverlapDraftInput } from '../gql/graphql';
import { OverlapCandidateList } from './overlap-candidate-list';
import { similarInitiativesQuery } from './overlap-queries';
import { useOverlapsTranslation } from './overlaps.i18n';

/** How long typing must pause before the panel asks again. */
const DEBOUNCE_MS = 600;

function hasSomething(draft: OverlapDraftInput): boolean {
  return Boolean(draft.title?.trim() || draft.summary?.trim() || draft.targetGroups?.length || draft.themes?.length);
}

/**
 * "Liknande initiativ" beside the create form: asks the radar with what is filled in so far,
 * after a pause in typing. It never blocks saving; a failure only says so.
 */
export function SimilarInitiativesPanel({ draft }: { readonly draft: OverlapDraftInput }) {
  const { t } = useOverlapsTranslation();
  const key = JSON.stringify(draft);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const variables = { draft: JSON.parse(settled) as OverlapDraftInput };
  const ready = hasSomething(variables.draft);
  const [{ data, fetching, error }] = useQuery({ query: similarInitiativesQuery, variables, pause: !ready });
  const candidates = data?.similarInitiatives ?? [];
  return (
    <aside className="similar-initiatives" aria-labelledby="liknande-initiativ">
      <h2 id="liknande-initiativ">{t('overlaps.similar.heading')}</h2>
      <p className="hint">{t('overlaps.similar.hint')}</p>
      {/* Only the count is announced, so a screen reader is not read the whole list on every pause. */}
      <p role="status" className="status">
        {!ready
          ? t('overlaps.similar.waiting')
          : fetching && !data
            ? t('overlaps.similar.loading')
            : error
              ? t('overlaps.similar.failed')
              : candidates.length === 0
                ? t('overlaps.similar.empty')
                : t('overlaps.similar.count', { count: candidates.length })}
      </p>
      {ready && candidates.length > 0 && <OverlapCandidateList candidates={candidates} />}
    </aside>
  );
}
