import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { FieldMessages } from '../forms/form-fields';
import { useFieldId } from '../forms/field-id-prefix';
import { graphql } from '../gql';
import './method-picker.css';

/** A method chosen from the bank: its id is what is saved, its name what is shown. */
export interface PickedMethod {
  readonly id: string;
  readonly name: string;
}

export interface MethodPickerTexts {
  readonly legend: string;
  readonly hint: string;
  readonly searchLabel: string;
  readonly searchHint: string;
  readonly chosenCaption: string;
  readonly none: string;
  readonly resultsCaption: string;
  readonly searching: string;
  readonly noResults: (search: string) => string;
  readonly results: (count: number) => string;
  readonly searchFailed: string;
  /** Names the method, so each button is told apart out of context: "Lägg till Validering". */
  readonly add: (name: string) => string;
  readonly remove: (name: string) => string;
  readonly added: (name: string) => string;
  readonly removed: (name: string) => string;
  /** Beside a result that is chosen already, e.g. "redan vald". */
  readonly alreadyChosen: string;
}

export const methodPickerSearchQuery = graphql(`
  query MethodPickerSearch($search: String!) {
    methods(search: $search, first: 10) {
      edges {
        node {
          id
          name
          organization {
            name
          }
        }
      }
    }
  }
`);

/** Search after the typing pauses, so a word costs one request, not one per letter. */
const SEARCH_DELAY_MS = 300;

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Where focus goes for an error on the picker as a whole: its search field. */
export const methodPickerTargetId = (pickerId: string): string => `${pickerId}-search`;

interface MethodPickerProps {
  /** The ids' path in the form's values, e.g. `methodIds`; an error on `methodIds.2` is shown at the third chosen method. */
  readonly path: string;
  readonly chosen: readonly PickedMethod[];
  readonly onChange: (chosen: PickedMethod[]) => void;
  readonly errorOf: (path: string) => string | undefined;
  readonly texts: MethodPickerTexts;
}

/**
 * Choose methods from the method bank: a search field lists matching methods as "add" buttons,
 * the chosen ones are a list with "remove" buttons. Every change is announced in a polite live
 * region, and focus is never lost: after adding it returns to the search field, after removing
 * it moves to the next chosen method (or the search field).
 */
export function MethodPicker({ path, chosen, onChange, errorOf, texts }: MethodPickerProps) {
  const fieldId = useFieldId();
  const id = fieldId(path);
  const searchId = methodPickerTargetId(id);
  const hintId = `${id}-hint`;
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const [{ data, fetching, error }] = useQuery({ query: methodPickerSearchQuery, variables: { search: term }, pause: term === '' });
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const groupError = errorOf(path);

  // After an add or a remove, focus goes where the removed button's user expects it, once rendered.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const chosenIds = new Set(chosen.map((m) => m.id));
  const results = term && data ? data.methods.edges.map((edge) => edge.node) : [];
  const current = term !== '' && term === search.trim();
  const status = !current
    ? ''
    : fetching
      ? texts.searching
      : error
        ? texts.searchFailed
        : data
          ? results.length === 0
            ? texts.noResults(term)
            : texts.results(results.length)
          : '';

  // An add or remove is announced until the next search; otherwise the answer to the search (not "searching", which would chatter).
  const spoken = announcement || (status === texts.searching ? '' : status);

  function add(method: PickedMethod) {
    if (chosenIds.has(method.id)) return;
    pendingFocus.current = searchId;
    onChange([...chosen, { id: method.id, name: method.name }]);
    setAnnouncement(texts.added(method.name));
  }

  function remove(index: number) {
    const method = chosen[index]!;
    const next = chosen.filter((_, i) => i !== index);
    // The next method takes the removed one's place (and index); after the last, the previous one.
    pendingFocus.current = next.length === 0 ? searchId : `${id}-${Math.min(index, next.length - 1)}`;
    onChange(next);
    setAnnouncement(texts.removed(method.name));
  }

  // Enter in the search field must not submit the whole form; the search runs as one types.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <fieldset className={groupError ? 'form-row method-picker field--error' : 'form-row method-picker'} aria-describedby={hintId}>
      <legend className="form-row__legend">{texts.legend}</legend>
      <p id={hintId} className="field__hint">
        {texts.hint}
      </p>
      {groupError && (
        <p id={`${id}-error`} className="field__error">
          {groupError}
        </p>
      )}
      <p id={`${id}-chosen`} className="method-picker__caption">
        {texts.chosenCaption}
      </p>
      {chosen.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <ul className="method-picker__chosen" aria-labelledby={`${id}-chosen`}>
          {chosen.map((method, index) => {
            const itemId = fieldId(`${path}.${index}`);
            const itemError = errorOf(`${path}.${index}`);
            return (
              <li key={method.id} className={itemError ? 'field--error' : undefined}>
                <span className="method-picker__name">{method.name}</span>
                {itemError && (
                  <p id={`${itemId}-error`} className="field__error">
                    {itemError}
                  </p>
                )}
                <button
                  type="button"
                  id={itemId}
                  className="button button--secondary"
                  aria-describedby={itemError ? `${itemId}-error` : undefined}
                  onClick={() => remove(index)}
                >
                  {texts.remove(method.name)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          {texts.searchLabel}
        </label>
        <FieldMessages id={searchId} hint={texts.searchHint} />
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          aria-describedby={groupError ? `${id}-error ${searchId}-hint` : `${searchId}-hint`}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setAnnouncement('');
          }}
          onKeyDown={onSearchKeyDown}
        />
      </div>
      {current && results.length > 0 && (
        <ul className="method-picker__results" aria-label={texts.resultsCaption}>
          {results.map((method) => (
            <li key={method.id}>
              {chosenIds.has(method.id) ? (
                <span>
                  {method.name} <span className="field__hint">({texts.alreadyChosen})</span>
                </span>
              ) : (
                <button type="button" className="button button--secondary" onClick={() => add(method)}>
                  {texts.add(method.name)}
                </button>
              )}{' '}
              <span className="field__hint">{method.organization.name}</span>
            </li>
          ))}
        </ul>
      )}
      {current && status && results.length === 0 && <p>{status}</p>}
      <p role="status" aria-live="polite" className="visually-hidden">
        {spoken}
      </p>
    </fieldset>
  );
}
