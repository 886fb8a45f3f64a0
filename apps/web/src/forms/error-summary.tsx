import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldId } from './field-id-prefix';
import type { SummaryItem } from './form-errors';
import '../styles/forms.css';

interface ErrorSummaryProps {
  readonly items: readonly SummaryItem[];
  /** Defaults to "Formuläret innehåller fel". */
  readonly heading?: string;
  /** The level that fits the page's outline where the summary stands. */
  readonly headingLevel?: 2 | 3 | 4;
  /** The element a link moves focus to; by default the field's own control (see choicesTargetId, rowsTargetId). */
  readonly targetOf?: (path: string) => string;
  /** The form focuses the summary (by id or ref) after a failed submit, so it is read first. */
  readonly id?: string;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The GOV.UK error summary: every error of the form, in the order of the fields, each a link that
 * moves focus to its field (scrolling it into view), so a keyboard user goes straight there.
 */
export function ErrorSummary({ items, heading, headingLevel = 2, targetOf, id, ref }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const fieldId = useFieldId();
  const headingId = useId();
  if (items.length === 0) return null;
  const target = targetOf ?? fieldId;
  const Heading = `h${headingLevel}` as const;
  return (
    <div id={id} ref={ref} tabIndex={-1} role="alert" className="error-summary" aria-labelledby={headingId}>
      <Heading id={headingId} className="error-summary__title">
        {heading ?? t('forms.summaryHeading')}
      </Heading>
      <ul className="error-summary__list">
        {items.map(({ path, message }, index) => (
          <li key={path ?? `fel-${index}`}>
            {path ? (
              <a
                href={`#${target(path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  const element = document.getElementById(target(path));
                  element?.focus();
                  element?.scrollIntoView?.({ block: 'center' });
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
