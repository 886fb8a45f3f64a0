export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface FacetOption {
  readonly value: string;
  readonly label: string;
  /** null for a filter the API does not count. */
  readonly count: number | null;
  readonly checked: boolean;
}

/**
 * The choices of one facet: what the API counted plus anything selected that now has no hits (so
 * it can still be unticked), labelled, in the order `compare` gives.
 */
export function buildFacetOptions(
  counts: readonly FacetCount[],
  selected: readonly string[],
  labelOf: (value: string) => string,
  compare: (a: FacetOption, b: FacetOption) => number,
): FacetOption[] {
  const countOf = new Map(counts.map((entry) => [entry.value, entry.count]));
  for (const value of selected) if (!countOf.has(value)) countOf.set(value, 0);
  return [...countOf].map(([value, count]) => ({ value, count, label: labelOf(value), checked: selected.includes(value) })).sort(compare);
}
