export const ACCESSIBILITY_EMAIL = 'tillganglighet@projektkontor-ostergotland.se';

// Long mailto: links are cut off or refused by some mail programs.
export const REPORT_DESCRIPTION_MAX_LENGTH = 1500;

export interface ProblemReport {
  readonly description: string;
  readonly page: string;
  readonly email: string;
}

export type ReportField = keyof ProblemReport;
export type ReportError = 'descriptionRequired' | 'descriptionTooLong' | 'emailInvalid';
export type ReportErrors = Partial<Record<ReportField, ReportError>>;

/** The report fields in the order they appear, which is also the order errors are listed in. */
export const REPORT_FIELDS = ['description', 'page', 'email'] as const satisfies readonly ReportField[];

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateReport(report: ProblemReport): ReportErrors {
  const errors: ReportErrors = {};
  const description = report.description.trim();
  if (description === '') errors.description = 'descriptionRequired';
  else if (description.length > REPORT_DESCRIPTION_MAX_LENGTH) errors.description = 'descriptionTooLong';
  const email = report.email.trim();
  if (email !== '' && !EMAIL_PATTERN.test(email)) errors.email = 'emailInvalid';
  return errors;
}

/** A mailto: address with percent-encoded headers (RFC 6068: spaces as %20, lines as %0D%0A). */
export function mailtoHref(address: string, subject: string, body?: string): string {
  const headers = [`subject=${encodeURIComponent(subject)}`];
  if (body !== undefined) headers.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${address}?${headers.join('&')}`;
}

export interface ReportMailLabels {
  readonly subject: string;
  readonly description: string;
  readonly page: string;
  readonly replyTo: string;
  readonly notGiven: string;
}

export function buildReportMailto(report: ProblemReport, labels: ReportMailLabels): string {
  const page = report.page.trim() || labels.notGiven;
  const replyTo = report.email.trim() || labels.notGiven;
  const body = [`${labels.description}:`, report.description.trim(), '', `${labels.page}: ${page}`, `${labels.replyTo}: ${replyTo}`].join('\n');
  return mailtoHref(ACCESSIBILITY_EMAIL, labels.subject, body);
}
