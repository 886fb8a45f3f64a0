import { useLocale } from '../i18n/use-locale';
import { isFlaggedReviewStatus, reviewStatusLabel } from './material-format';
import './material.css';

/**
 * The review status in words. Flagged statuses (no longer valid, review overdue, not yet valid)
 * are shown wherever the material is; "current" only where asked (`always`).
 */
export function MaterialReviewBadge({ status, always = false }: { readonly status: string; readonly always?: boolean }) {
  const locale = useLocale();
  const flagged = isFlaggedReviewStatus(status);
  if (!flagged && !always) return null;
  return <span className={flagged ? 'tag tag--flagged' : 'tag'}>{reviewStatusLabel(status, locale)}</span>;
}
