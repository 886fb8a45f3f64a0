import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { QueryErrorAlert } from '../graphql/query-error-alert';

interface QueryResultState<TData> {
  readonly data?: TData | null | undefined;
  readonly fetching: boolean;
  readonly error?: CombinedError | undefined;
}

interface QueryStateProps<TData> {
  /** urql's result (or the part of it that matters): data, fetching, error. */
  readonly result: QueryResultState<TData>;
  /** The error alert's retry button. */
  readonly onRetry: () => void;
  /** The loading status, e.g. "Hämtar initiativ …"; `null` when the page tells it elsewhere. */
  readonly loading?: string | null;
  /** Whether the answer has nothing to show; then `empty` is shown instead of the children. */
  readonly isEmpty?: (data: NonNullable<TData>) => boolean;
  readonly empty?: ReactNode;
  /** What to show with the answer; left out where a page only needs the waiting and failing states. */
  readonly children?: (data: NonNullable<TData>) => ReactNode;
}

/**
 * The three states every query passes through besides its answer: loading (told as a status, so
 * screen readers hear it), failed (told from the error's code, with a retry) and empty. Data that
 * is there is shown, even while a refresh runs, so nothing vanishes under the user's focus.
 */
export function QueryState<TData>({ result, onRetry, loading, isEmpty, empty, children }: QueryStateProps<TData>) {
  const { t } = useTranslation();
  const { data, fetching, error } = result;
  if (data !== undefined && data !== null) return <>{isEmpty?.(data) ? empty : children?.(data)}</>;
  // During a retry the old error is still there; the status says a new answer is on its way.
  if (error && !fetching) return <QueryErrorAlert error={error} onRetry={onRetry} />;
  if (loading === null) return null;
  return (
    <p role="status" className="status">
      {loading ?? t('forms.loading')}
    </p>
  );
}
