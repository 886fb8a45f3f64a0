import { useEffect, useRef, type ReactNode } from 'react';
import { rowsTargetId, useFieldId } from './field-id-prefix';
import { FieldGroup } from './form-section';

let keyCounter = 0;
/** A stable React key for a row that has no id yet (new rows, or rows whose order may change). */
export function newRowKey(): string {
  keyCounter += 1;
  return `rad-${keyCounter}`;
}

/** What a row's fields need: where they live in the values, and how to change this row only. */
export interface RowContext<T> {
  readonly row: T;
  readonly index: number;
  /** The row's field path, e.g. `partners.1`; its fields are `${path}.name` and so on. */
  readonly path: string;
  readonly update: (patch: Partial<T>) => void;
}

export interface RepeatableRowsTexts {
  /** Legend of row `number` (from 1), e.g. "Part 2". */
  readonly legend: (number: number) => string;
  /** Names the row, e.g. "Ta bort part 2", so each remove button is told apart out of context. */
  readonly remove: (number: number) => string;
  readonly add: string;
  readonly empty: string;
}

interface RepeatableRowsProps<T extends { readonly key: string }> {
  /** The list's field path, e.g. `partners`; an error on it is shown above the add button. */
  readonly path: string;
  readonly rows: readonly T[];
  readonly onChange: (rows: T[]) => void;
  readonly newRow: () => T;
  /** The field of a new row that takes focus after "add", e.g. `role`. */
  readonly firstField: string;
  readonly texts: RepeatableRowsTexts;
  readonly error?: string | undefined;
  readonly children: (row: RowContext<T>) => ReactNode;
}

/**
 * A list of rows of fields (partners, funding lines, agenda items …) with add and remove buttons.
 * Focus never gets lost: after "add" it moves to the new row's first field, after "remove" to the
 * add button, since the removed button is gone. An error on the list leads to the add button.
 */
export function RepeatableRows<T extends { readonly key: string }>({
  path,
  rows,
  onChange,
  newRow,
  firstField,
  texts,
  error,
  children,
}: RepeatableRowsProps<T>) {
  const fieldId = useFieldId();
  const listId = fieldId(path);
  const addId = rowsTargetId(listId);
  const pendingFocus = useRef<string | null>(null);

  // After a row is added or removed, focus goes to its first field or to the add button, once rendered.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  return (
    <>
      {rows.length === 0 && <p>{texts.empty}</p>}
      {rows.map((row, index) => {
        const number = index + 1;
        const update = (patch: Partial<T>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
        return (
          <FieldGroup key={row.key} legend={texts.legend(number)}>
            {children({ row, index, path: `${path}.${index}`, update })}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                pendingFocus.current = addId;
                onChange(rows.filter((_, i) => i !== index));
              }}
            >
              {texts.remove(number)}
            </button>
          </FieldGroup>
        );
      })}
      {error && (
        <p id={`${listId}-error`} className="field__error">
          {error}
        </p>
      )}
      <button
        type="button"
        id={addId}
        className="button button--secondary"
        aria-describedby={error ? `${listId}-error` : undefined}
        onClick={() => {
          pendingFocus.current = fieldId(`${path}.${rows.length}.${firstField}`);
          onChange([...rows, newRow()]);
        }}
      >
        {texts.add}
      </button>
    </>
  );
}
