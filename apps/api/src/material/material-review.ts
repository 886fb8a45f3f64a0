import type { MaterialReviewStatusCode } from '@portal/shared-domain';

/** Today in Sweden, in SQL: review dates and validity are calendar dates there. */
export const SWEDISH_TODAY_SQL = `(now() AT TIME ZONE 'Europe/Stockholm')::date`;

/** A material's review status in SQL over alias `ma`; the same rule as `reviewStatusOf`. */
export const REVIEW_STATUS_SQL = `(CASE WHEN ma.valid_to IS NOT NULL AND ma.valid_to < ${SWEDISH_TODAY_SQL} THEN 'expired'
  WHEN ma.next_review_on IS NOT NULL AND ma.next_review_on < ${SWEDISH_TODAY_SQL} THEN 'review-due'
  WHEN ma.valid_from IS NOT NULL AND ma.valid_from > ${SWEDISH_TODAY_SQL} THEN 'not-yet-valid'
  ELSE 'current' END)`;

/** Today's date in Sweden, 'YYYY-MM-DD'. */
export function swedishToday(now: Date = new Date()): string {
  // sv-SE formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Past its validity wins over an overdue review, which wins over not yet valid. ISO dates compare as strings. */
export function reviewStatusOf(
  dates: { validFrom: string | null; validTo: string | null; nextReviewOn: string | null },
  today: string = swedishToday(),
): MaterialReviewStatusCode {
  if (dates.validTo !== null && dates.validTo < today) return 'expired';
  if (dates.nextReviewOn !== null && dates.nextReviewOn < today) return 'review-due';
  if (dates.validFrom !== null && dates.validFrom > today) return 'not-yet-valid';
  return 'current';
}

/** `date` plus whole months ('YYYY-MM-DD'); the 31st becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
