import { describe, expect, it } from 'vitest';
import { REGION_ORGANIZATIONS, ORGANIZATION_SLUG_PATTERN } from './organizations.js';
import { VOCABULARIES, VOCABULARY_NAMES, VOCABULARY_TITLES, isVocabularyName } from './vocabularies.js';
import { ERROR_CODES, ERROR_MESSAGES, isErrorCode } from './error-codes.js';

describe('vocabularies', () => {
  it.each(VOCABULARY_NAMES)('%s has unique kebab-case codes and both labels', (name) => {
    const terms = VOCABULARIES[name];
    const codes = terms.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const term of terms) {
      expect(term.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(term.label.sv.trim()).not.toBe('');
      expect(term.label.en.trim()).not.toBe('');
    }
    expect(VOCABULARY_TITLES[name].sv).not.toBe('');
  });

  it('holds the starting lists of DOMAIN.md', () => {
    expect(VOCABULARIES.theme).toHaveLength(14);
    expect(VOCABULARIES['target-group']).toHaveLength(9);
    expect(VOCABULARIES['project-kind'].map((t) => t.label.sv)).toEqual([
      'Förstudie',
      'Metodutveckling',
      'Genomförande',
      'Pilot/testbädd',
      'Ordinarie satsning',
    ]);
    expect(VOCABULARIES['lifecycle-status'].map((t) => t.code)).toEqual(['idea', 'planned', 'ongoing', 'completed']);
    expect(VOCABULARIES['funder-type']).toHaveLength(8);
    expect(VOCABULARIES['evidence-level']).toHaveLength(4);
  });

  it('recognises vocabulary names', () => {
    expect(isVocabularyName('theme')).toBe(true);
    expect(isVocabularyName('toString')).toBe(false);
  });
});

describe('organisations', () => {
  it('lists the 13 municipalities of Östergötland, Tranås and the region once each', () => {
    expect(REGION_ORGANIZATIONS).toHaveLength(15);
    expect(REGION_ORGANIZATIONS.filter((o) => o.kind === 'municipality')).toHaveLength(14);
    expect(REGION_ORGANIZATIONS.filter((o) => o.kind === 'region').map((o) => o.name)).toEqual(['Region Östergötland']);
    const slugs = REGION_ORGANIZATIONS.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(15);
    expect(new Set(REGION_ORGANIZATIONS.map((o) => o.code)).size).toBe(15);
    for (const slug of slugs) expect(slug).toMatch(ORGANIZATION_SLUG_PATTERN);
    expect(REGION_ORGANIZATIONS.find((o) => o.slug === 'linkoping')?.code).toBe('0580');
  });
});

describe('error codes', () => {
  it('has a Swedish and an English message for every code', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code].sv.length).toBeGreaterThan(5);
      expect(ERROR_MESSAGES[code].en.length).toBeGreaterThan(5);
    }
    expect(isErrorCode('CONFLICT')).toBe(true);
    expect(isErrorCode('Did you mean')).toBe(false);
  });
});
