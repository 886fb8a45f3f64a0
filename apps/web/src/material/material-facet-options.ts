import { MATERIAL_HAS_ADAPTATIONS, MATERIAL_KINDS, MATERIAL_REVIEW_STATUSES, THEMES, type Locale, type VocabularyTermDefinition } from '@portal/shared-domain';
import { termLabel } from '../i18n/term-label';
import { buildFacetOptions, type FacetCount, type FacetOption } from '../list/facet-options';
import type { MaterialFacet } from './material-register-params';

const VOCABULARY_OF: Partial<Record<MaterialFacet, readonly VocabularyTermDefinition[]>> = {
  kind: MATERIAL_KINDS,
  theme: THEMES,
  reviewStatus: MATERIAL_REVIEW_STATUSES,
  hasAdaptations: MATERIAL_HAS_ADAPTATIONS,
};

/** One facet's choices: code lists in their own order (review statuses as declared), organisations alphabetically. */
export function materialFacetOptions(
  facet: MaterialFacet,
  counts: readonly FacetCount[],
  selected: readonly string[],
  locale: Locale,
  organizationNames: ReadonlyMap<string, string>,
): FacetOption[] {
  const vocabulary = VOCABULARY_OF[facet];
  const collator = locale === 'sv' ? 'sv-SE' : 'en-GB';
  if (vocabulary) {
    const rank = (value: string) => {
      const index = vocabulary.findIndex((term) => term.code === value);
      return index === -1 ? vocabulary.length : index;
    };
    return buildFacetOptions(
      counts,
      selected,
      (value) => termLabel(vocabulary, value, locale),
      (a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label, collator),
    );
  }
  return buildFacetOptions(
    counts,
    selected,
    (value) => organizationNames.get(value) ?? value,
    (a, b) => a.label.localeCompare(b.label, collator),
  );
}
