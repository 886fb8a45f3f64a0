// Calendar dates as 'YYYY-MM-DD' strings, computed in UTC so the machine's time zone never matters.

export interface IsoDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a real calendar date 'YYYY-MM-DD' (no 2027-02-30), else null. */
export function parseIsoDate(text: string): IsoDateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `value` is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: IsoDateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function dayOfWeek({ year, month, day }: IsoDateParts): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears({ year, month, day }: IsoDateParts, years: number): IsoDateParts {
  return { year: year + years, month, day: Math.min(day, daysInMonth(year + years, month)) };
}
