import { FUNDER_TYPES, LIFECYCLE_STATUSES, PROJECT_KINDS, TARGET_GROUPS, THEMES, type Locale, type VocabularyTermDefinition } from '@portal/shared-domain';
import { termLabel } from '../../i18n/term-label';
import { buildFacetOptions, type FacetCount, type FacetOption } from '../../list/facet-options';
import type { FacetKey } from './register-params';

const VOCABULARY_OF: Partial<Record<FacetKey, readonly VocabularyTermDefinition[]>> = {
  status: LIFECYCLE_STATUSES,
  kind: PROJECT_KINDS,
  theme: THEMES,
  targetGroup: TARGET_GROUPS,
  funderType: FUNDER_TYPES,
};

/**
 * The choices of one of the initiative register's facets. Vocabulary facets keep the vocabulary's
 * order, organisations go alphabetically and start years newest first.
 */
export function facetOptions(
  facet: FacetKey,
  counts: readonly FacetCount[],
  selected: readonly string[],
  locale: Locale,
  organizationNames: ReadonlyMap<string, string>,
): FacetOption[] {
  // Not counted by the API: only what is chosen, so it can be unticked.
  if (facet === 'participant') return selected.map((value) => ({ value, label: organizationNames.get(value) ?? value, count: null, checked: true }));
  const vocabulary = VOCABULARY_OF[facet];
  const labelOf = (value: string) =>
    vocabulary ? termLabel(vocabulary, value, locale) : facet === 'organization' ? (organizationNames.get(value) ?? value) : value;
  if (vocabulary) {
    const rank = (value: string) => {
      const index = vocabulary.findIndex((term) => term.code === value);
      return index === -1 ? vocabulary.length : index;
    };
    return buildFacetOptions(counts, selected, labelOf, (a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label, locale));
  }
  if (facet === 'startYear') return buildFacetOptions(counts, selected, labelOf, (a, b) => b.value.localeCompare(a.value));
  return buildFacetOptions(counts, selected, labelOf, (a, b) => a.label.localeCompare(b.label, locale === 'sv' ? 'sv-SE' : 'en-GB'));
}
