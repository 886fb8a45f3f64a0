import type { FacetCount, FacetOption } from './facet-options';
import '../styles/register.css';

interface FacetFiltersProps<F extends string> {
  readonly facets: readonly F[];
  readonly counts: { readonly [K in F]?: readonly FacetCount[] } | null | undefined;
  readonly selected: Readonly<Record<F, readonly string[]>>;
  readonly optionsOf: (facet: F, counts: readonly FacetCount[], selected: readonly string[]) => FacetOption[];
  readonly texts: {
    readonly heading: string;
    readonly clear: string;
    readonly legend: (facet: F) => string;
    readonly option: (label: string, count: number) => string;
  };
  readonly hasFilters: boolean;
  readonly onToggle: (facet: F, value: string, checked: boolean) => void;
  readonly onClear: () => void;
}

/** Checkbox groups with hit counts; every change goes straight to the address and the list. */
export function FacetFilters<F extends string>({ facets, counts, selected, optionsOf, texts, hasFilters, onToggle, onClear }: FacetFiltersProps<F>) {
  return (
    <section className="register-filters" aria-labelledby="register-filter-heading">
      <h2 id="register-filter-heading">{texts.heading}</h2>
      {hasFilters && (
        <button type="button" className="button button--secondary register-filters__clear" onClick={onClear}>
          {texts.clear}
        </button>
      )}
      {facets.map((facet) => {
        const options = optionsOf(facet, counts?.[facet] ?? [], selected[facet]);
        // A facet with no values in the result (and none ticked) would be an empty box.
        if (options.length === 0) return null;
        return (
          <fieldset key={facet} className="register-facet">
            <legend>{texts.legend(facet)}</legend>
            <ul className="register-facet__options">
              {options.map((option) => (
                <li key={option.value}>
                  <label className="register-facet__option">
                    <input
                      type="checkbox"
                      name={facet}
                      value={option.value}
                      checked={option.checked}
                      onChange={(event) => onToggle(facet, option.value, event.currentTarget.checked)}
                    />{' '}
                    {option.count === null ? option.label : texts.option(option.label, option.count)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </section>
  );
}
