import type { VocabularyTermDefinition } from './localized.js';

// The overlap radar's codes (docs/overlap-radar.md): the API scores and returns codes, the web words them.

/** Bands by score, highest first: a candidate gets the first band whose minimum it reaches. Below the last, it is no candidate. */
export const OVERLAP_BANDS = [
  { code: 'high', min: 10, label: { sv: 'Hög', en: 'High' } },
  { code: 'medium', min: 7, label: { sv: 'Medel', en: 'Medium' } },
  { code: 'low', min: 4.5, label: { sv: 'Låg', en: 'Low' } },
] as const satisfies readonly (VocabularyTermDefinition & { min: number })[];
export type OverlapBandCode = (typeof OVERLAP_BANDS)[number]['code'];

/** The lowest score the radar shows (the SQL function uses the same figure). */
export const OVERLAP_MIN_SCORE = 4.5;

export function overlapBandOf(score: number): OverlapBandCode {
  return (OVERLAP_BANDS.find((band) => score >= band.min) ?? OVERLAP_BANDS[OVERLAP_BANDS.length - 1]!).code;
}

/** The evidence behind a candidate, in the order the radar lists it. */
export const OVERLAP_REASON_CODES = [
  'target-groups',
  'concurrent',
  'same-kind',
  'neighbouring-kind',
  'same-programme',
  'same-funder',
  'themes',
  'occupations',
  'methods',
  'similar-text',
  'same-municipality',
  'neighbouring-municipality',
] as const;
export type OverlapReasonCode = (typeof OVERLAP_REASON_CODES)[number];

/** A region coordinator's decision on a pair. */
export const OVERLAP_DECISIONS = [
  { code: 'coordinate', label: { sv: 'Samordna', en: 'Coordinate' } },
  { code: 'already-coordinated', label: { sv: 'Redan samordnade', en: 'Already coordinated' } },
  { code: 'no-overlap', label: { sv: 'Ingen överlappning', en: 'No overlap' } },
  { code: 'merge', label: { sv: 'Slå ihop', en: 'Merge' } },
] as const satisfies readonly VocabularyTermDefinition[];
export type OverlapDecisionCode = (typeof OVERLAP_DECISIONS)[number]['code'];

export const OVERLAP_LIMITS = {
  /** Candidates for one initiative or draft. */
  candidates: 20,
  /** Pairs on one page of the Region's list. */
  pageSize: 100,
  note: 2_000,
  draftText: 20_000,
} as const;
