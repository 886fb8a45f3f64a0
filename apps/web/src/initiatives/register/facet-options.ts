import { FUNDER_TYPES, LIFECYCLE_STATUSES, PROJECT_KINDS, TARGET_GROUPS, THEMES, type Locale, type VocabularyTermDefinition } from '@portal/shared-domain';
import { termLabel } from '../../i18n/term-label';
import type { FacetKey } from './register-params';

export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly checked: boolean;
}

const VOCABULARY_OF: Partial<Record<FacetKey, readonly VocabularyTermDefinition[]>> = {
  status: LIFECYCLE_STATUSES,
  kind: PROJECT_KINDS,
  theme: THEMES,
  targetGroup: TARGET_GROUPS,
  funderType: FUNDER_TYPES,
};

/**
 * The choices of one facet: what the API counted plus anything selected that now has no hits
 * (so it can still be unticked). Vocabulary facets keep the vocabulary's order, organisations
 * go alphabetically and start years newest first.
 */
export function facetOptions(
  facet: FacetKey,
  counts: readonly { readonly value: string; readonly count: number }[],
  selected: readonly string[],
  locale: Locale,
  organizationNames: ReadonlyMap<string, string>,
): FacetOption[] {
  const countOf = new Map(counts.map((entry) => [entry.value, entry.count]));
  for (const value of selected) if (!countOf.has(value)) countOf.set(value, 0);
  const vocabulary = VOCABULARY_OF[facet];
  const labelOf = (value: string) =>
    vocabulary ? termLabel(vocabulary, value, locale) : facet === 'organization' ? (organizationNames.get(value) ?? value) : value;
  const options = [...countOf].map(([value, count]) => ({ value, count, label: labelOf(value), checked: selected.includes(value) }));
  if (vocabulary) {
    const rank = (value: string) => {
      const index = vocabulary.findIndex((term) => term.code === value);
      return index === -1 ? vocabulary.length : index;
    };
    return options.sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label, locale));
  }
  if (facet === 'startYear') return options.sort((a, b) => b.value.localeCompare(a.value));
  return options.sort((a, b) => a.label.localeCompare(b.label, locale === 'sv' ? 'sv-SE' : 'en-GB'));
}
