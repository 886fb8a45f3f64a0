import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { formatChangeValue, type ChangeValueShape } from '@portal/shared-domain';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { useLocale } from '../i18n/use-locale';
import './change-history.css';

/** One entry of a record's append-only change log, as every `…History` query answers. */
export interface ChangeEntry {
  readonly id: string;
  readonly action: string;
  readonly actorName: string;
  readonly createdAt: unknown;
  readonly version: number;
  /** Values as codes and parameters (the `ChangeValueFields` fragment), worded here in the reader's language. */
  readonly changes: ReadonlyArray<{ readonly field: string; readonly before?: ChangeValueShape | null; readonly after?: ChangeValueShape | null }>;
}

interface ChangeHistoryProps {
  /** The history query's state. */
  readonly result: { readonly data?: readonly ChangeEntry[] | undefined; readonly fetching: boolean; readonly error?: CombinedError | undefined };
  readonly onRetry: () => void;
  /** The action's name in the user's language, e.g. "Skapad"; undefined shows the code. */
  readonly actionLabel: (action: string) => string | undefined;
  /** The field's name in the user's language; undefined shows the field's code. */
  readonly fieldLabel: (field: string) => string | undefined;
  /** The section heading's id, e.g. `historik`. */
  readonly headingId?: string;
}

const MAX_VALUE_LENGTH = 200;

/** Long texts (descriptions) would swamp the list; the current value is on the page anyway. */
const shorten = (value: string) => (value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)} …` : value);

/** Who changed what and when, newest first, under an h2 "Historik". */
export function ChangeHistory({ result, onRetry, actionLabel, fieldLabel, headingId = 'historik' }: ChangeHistoryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const changes = result.data;
  const dateFormat = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const formatTime = (value: string) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changeHistory.heading')}</h2>
      {result.fetching && !changes ? (
        <p role="status" className="status">
          {t('changeHistory.loading')}
        </p>
      ) : result.error && !changes ? (
        <QueryErrorAlert error={result.error} onRetry={onRetry} />
      ) : !changes || changes.length === 0 ? (
        <p>{t('changeHistory.empty')}</p>
      ) : (
        <ol className="history-list">
          {changes.map((change) => {
            const createdAt = String(change.createdAt);
            return (
              <li key={change.id}>
                <time dateTime={createdAt}>{formatTime(createdAt)}</time>
                {' – '}
                {t('changeHistory.entry', { action: actionLabel(change.action) ?? change.action, actor: change.actorName })} (
                {t('changeHistory.version', { version: change.version })})
                {change.changes.length > 0 && (
                  <ul>
                    {change.changes.map((field) => {
                      const label = fieldLabel(field.field) ?? field.field;
                      const word = (value: ChangeValueShape | null | undefined) => {
                        const text = formatChangeValue(value, locale);
                        return text ? shorten(text) : '';
                      };
                      const before = word(field.before);
                      const after = word(field.after);
                      return (
                        <li key={field.field}>
                          {!before && !after
                            ? label
                            : before && after
                              ? t('changeHistory.changeFromTo', { field: label, before, after })
                              : after
                                ? t('changeHistory.changeSet', { field: label, after })
                                : t('changeHistory.changeCleared', { field: label, before })}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
