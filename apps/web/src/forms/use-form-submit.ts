import { useCallback, useId, useMemo, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { CombinedError, type OperationResult } from 'urql';
import type { Blocker } from 'react-router';
import { useLocale } from '../i18n/use-locale';
import { errorMessageOf } from '../graphql/error-code';
import { conflictOf, placeErrors, serverFieldErrors, summaryItems, type ConflictInfo, type SummaryItem } from './form-errors';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

export type SubmitOutcome = { readonly kind: 'saved'; readonly id: string } | { readonly kind: 'failed'; readonly error: CombinedError };

/** A mutation's result as a SubmitOutcome: saved with the id `savedId` picks, or failed with its error. */
export function submitOutcome<TData>(result: OperationResult<TData>, savedId: (data: TData) => string): SubmitOutcome {
  if (result.data && !result.error) return { kind: 'saved', id: savedId(result.data) };
  return { kind: 'failed', error: result.error ?? new CombinedError({ networkError: new Error('The answer had no data') }) };
}

export interface FormSubmitOptions<TValues> {
  readonly initial: TValues;
  /** Every field path the form shows, in the order they appear (error placement and summary order). */
  readonly fieldOrder: (values: TValues) => readonly string[];
  /** The client's checks: field path → message in the user's language. Nothing is sent while there are any. */
  readonly validate?: (values: TValues) => Readonly<Record<string, string>>;
  readonly submit: (values: TValues) => Promise<SubmitOutcome>;
  /** Called after a successful save, with the unsaved-changes warning already lifted. */
  readonly onSaved: (id: string) => void;
  /**
   * Ask before leaving with unsaved changes (the default). Off for small forms that stay on the
   * page after a save (an invitation, a composed report), where typed values are cheap to retype.
   */
  readonly warnOnLeave?: boolean;
}

/** What <FormFeedback> shows: the part of a form's state that does not depend on its values. */
export interface FormFeedbackState {
  readonly summary: readonly SummaryItem[];
  readonly conflict: ConflictInfo | null;
  /** Why the save failed when it was not the input: the server's message or the code's text. */
  readonly failure: string | null;
  /** The ids of the summary, the conflict alert and the failure alert, which take focus when shown. */
  readonly feedbackIds: { readonly summary: string; readonly conflict: string; readonly failure: string };
  /** Holds in-app navigation while there are unsaved changes; <FormFeedback> asks the user. */
  readonly blocker: Blocker;
  /** Lifts the warning for a navigation the form makes itself (after saving, on reloading). */
  readonly allowNavigation: () => void;
}

export interface FormSubmit<TValues> extends FormFeedbackState {
  readonly values: TValues;
  readonly setValues: Dispatch<SetStateAction<TValues>>;
  readonly set: <K extends keyof TValues>(key: K, value: TValues[K]) => void;
  readonly dirty: boolean;
  readonly submitting: boolean;
  /** The message to show at a field (errors on paths the form does not show land on the nearest one). */
  readonly errorOf: (path: string) => string | undefined;
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * A form's values and its whole submit cycle: client checks, then the mutation; BAD_USER_INPUT
 * field errors go onto the fields and into the summary, CONFLICT lists what others changed, any
 * other failure is told in words. Focus moves to whichever of those appears, so it is read first.
 * While the values differ from `initial`, leaving the page asks first.
 */
export function useFormSubmit<TValues>({
  initial,
  fieldOrder,
  validate,
  submit,
  onSaved,
  warnOnLeave = true,
}: FormSubmitOptions<TValues>): FormSubmit<TValues> {
  const locale = useLocale();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const baseId = useId();
  const feedbackIds = useMemo(() => ({ summary: `${baseId}-summary`, conflict: `${baseId}-conflict`, failure: `${baseId}-failure` }), [baseId]);
  // A ref, not state: a second Enter before the re-render must not send twice.
  const busy = useRef(false);

  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(initial), [values, initial]);
  const { blocker, allowNavigation } = useUnsavedChangesWarning(dirty && warnOnLeave);

  const order = useMemo(() => fieldOrder(values), [fieldOrder, values]);
  const placed = useMemo(() => placeErrors(errors, order), [errors, order]);
  const summary = useMemo(() => summaryItems(placed, order), [placed, order]);

  // Render what is to be shown now (flushSync), so the element exists when focus moves to it.
  const show = (next: { errors?: Record<string, string>; conflict?: ConflictInfo; failure?: string }, focus: keyof typeof feedbackIds) => {
    flushSync(() => {
      setErrors(next.errors ?? {});
      setConflict(next.conflict ?? null);
      setFailure(next.failure ?? null);
    });
    document.getElementById(feedbackIds[focus])?.focus();
  };

  async function run() {
    if (busy.current) return;
    const local = validate?.(values) ?? {};
    if (Object.keys(local).length > 0) return show({ errors: { ...local } }, 'summary');
    busy.current = true;
    setSubmitting(true);
    const outcome = await submit(values);
    busy.current = false;
    setSubmitting(false);
    if (outcome.kind === 'saved') {
      // A form that stays on the page must not keep showing the errors of an earlier attempt.
      setErrors({});
      setConflict(null);
      setFailure(null);
      allowNavigation();
      onSaved(outcome.id);
      return;
    }
    const found = conflictOf(outcome.error);
    if (found) return show({ conflict: found }, 'conflict');
    const fromServer = serverFieldErrors(outcome.error);
    if (Object.keys(fromServer).length > 0) return show({ errors: fromServer }, 'summary');
    show({ failure: errorMessageOf(outcome.error, locale) }, 'failure');
  }

  const set = useCallback(<K extends keyof TValues>(key: K, value: TValues[K]) => setValues((current) => ({ ...current, [key]: value })), []);

  return {
    values,
    setValues,
    set,
    dirty,
    submitting,
    errorOf: (path) => placed.byField[path],
    summary,
    conflict,
    failure,
    feedbackIds,
    blocker,
    allowNavigation,
    onSubmit: (event) => {
      event.preventDefault();
      void run();
    },
  };
}
