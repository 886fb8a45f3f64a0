import { EVIDENCE_LEVELS, TARGET_GROUPS, THEMES, type Locale, type VocabularyTermDefinition } from '@portal/shared-domain';
import { termLabel } from '../i18n/term-label';
import { buildFacetOptions, type FacetCount, type FacetOption } from '../list/facet-options';
import type { MethodFacet } from './method-register-params';

const VOCABULARY_OF: Partial<Record<MethodFacet, readonly VocabularyTermDefinition[]>> = {
  evidenceLevel: EVIDENCE_LEVELS,
  theme: THEMES,
  targetGroup: TARGET_GROUPS,
};

/** One facet's choices: vocabularies in their own order (evidence levels strongest first), organisations alphabetically. */
export function methodFacetOptions(
  facet: MethodFacet,
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
