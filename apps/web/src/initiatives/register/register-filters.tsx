import { useTranslation } from 'react-i18next';
import type { RegisterInitiativesQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n/use-locale';
import { facetOptions } from './facet-options';
import { FACET_GROUPS, type FacetKey, type RegisterState } from './register-params';

type Facets = NonNullable<RegisterInitiativesQuery['initiatives']['facets']>;

interface RegisterFiltersProps {
  readonly facets: Facets | undefined;
  readonly state: RegisterState;
  readonly organizationNames: ReadonlyMap<string, string>;
  readonly onToggle: (facet: FacetKey, value: string, checked: boolean) => void;
  readonly onClear: () => void;
  readonly hasFilters: boolean;
}

/** Checkbox groups with hit counts; every change goes straight to the address and the list. */
export function RegisterFilters({ facets, state, organizationNames, onToggle, onClear, hasFilters }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="register-filters" aria-labelledby="register-filter-heading">
      <h2 id="register-filter-heading">{t('register.filtersHeading')}</h2>
      {hasFilters && (
        <button type="button" className="button button--secondary register-filters__clear" onClick={onClear}>
          {t('register.clearFilters')}
        </button>
      )}
      {FACET_GROUPS.map(({ facet }) => {
        const options = facetOptions(facet, facets?.[facet] ?? [], state.selected[facet], locale, organizationNames);
        if (options.length === 0) return null;
        return (
          <fieldset key={facet} className="register-facet">
            <legend>{t(`register.facets.${facet}`)}</legend>
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
                    {t('register.facetOption', { label: option.label, count: option.count })}
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
