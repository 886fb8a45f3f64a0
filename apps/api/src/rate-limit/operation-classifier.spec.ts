import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { classifyOperation } from './operation-classifier.js';

function classify(source: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(source);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error('no operation');
  return classifyOperation(document, operation, variables);
}

describe('classifyOperation', () => {
  it('counts every mutation field as one write, aliases and fragments included', () => {
    expect(classify('mutation { archiveInitiative(id: "1") { id } }')).toEqual({ kind: 'write', points: 1 });
    expect(classify('mutation { a: archiveInitiative(id: "1") { id } b: archiveInitiative(id: "2") { id } __typename }')).toEqual({ kind: 'write', points: 2 });
    expect(
      classify('mutation { ...M ... on Mutation { restoreInitiative(id: "3") { id } } } fragment M on Mutation { archiveInitiative(id: "1") { id } }'),
    ).toEqual({
      kind: 'write',
      points: 2,
    });
  });

  it('does not count mutation fields that @skip or @include leave out', () => {
    const source = 'mutation($go: Boolean!) { archiveInitiative(id: "1") @include(if: $go) { id } restoreInitiative(id: "2") @skip(if: true) { id } }';
    expect(classify(source, { go: false })).toBeUndefined();
    expect(classify(source, { go: true })).toEqual({ kind: 'write', points: 1 });
  });

  it('counts the register with a search text as a search, from a literal, a variable or a default', () => {
    expect(classify('{ initiatives(search: "validering") { edges { node { id } } } }')).toEqual({ kind: 'search', points: 1 });
    expect(classify('query($s: String) { initiatives(search: $s) { edges { node { id } } } }', { s: 'arbete' })).toEqual({ kind: 'search', points: 1 });
    expect(classify('query($s: String = "arbete") { initiatives(search: $s) { edges { node { id } } } }', {})).toEqual({ kind: 'search', points: 1 });
    expect(classify('{ a: initiatives(search: "x") { edges { node { id } } } b: initiatives(search: "y") { edges { node { id } } } }')).toEqual({
      kind: 'search',
      points: 2,
    });
  });

  it('counts totalCount and facets as a search, since they run the counting statement over the whole result', () => {
    expect(classify('{ initiatives { totalCount } }')).toEqual({ kind: 'search', points: 1 });
    // The method bank's list is a register too.
    expect(classify('{ methods(search: "validering") { edges { node { id } } } }')).toEqual({ kind: 'search', points: 1 });
    expect(classify('{ methods { facets { theme { value } } } }')).toEqual({ kind: 'search', points: 1 });
    expect(classify('query($f: Boolean!) { initiatives { edges { node { id } } facets @include(if: $f) { status { value count } } } }', { f: true })).toEqual({
      kind: 'search',
      points: 1,
    });
    expect(classify('{ initiatives { ...Counts } } fragment Counts on InitiativeConnection { facets { theme { value } } }')).toEqual({
      kind: 'search',
      points: 1,
    });
  });

  it('leaves plain reads unlimited: a page without search or counts, a blank search, other queries', () => {
    expect(classify('{ initiatives(first: 50) { edges { node { id title } } pageInfo { hasNextPage } } }')).toBeUndefined();
    expect(classify('query($s: String) { initiatives(search: $s) { edges { node { id } } } }', { s: '   ' })).toBeUndefined();
    expect(classify('query($s: String) { initiatives(search: $s) { edges { node { id } } } }', { s: null })).toBeUndefined();
    expect(classify('query($f: Boolean!) { initiatives { facets @include(if: $f) { status { value } } } }', { f: false })).toBeUndefined();
    expect(classify('{ me { username } organizations { slug } initiative(id: "1") { id } }')).toBeUndefined();
    expect(classify('{ __typename }')).toBeUndefined();
  });

  it('classifies the operation that operationName chooses', () => {
    const source = 'query Read { organizations { slug } } mutation Write { archiveInitiative(id: "1") { id } }';
    expect(classify(source, undefined, 'Read')).toBeUndefined();
    expect(classify(source, undefined, 'Write')).toEqual({ kind: 'write', points: 1 });
  });

  it('counts every region overview as one search, whatever it selects', () => {
    expect(classify('{ regionOverview { initiativeCount } }')).toEqual({ kind: 'search', points: 1 });
    expect(classify('{ a: regionOverview { initiativeCount } b: regionOverview(filter: { kinds: ["pilot"] }) { runningCount } }')).toEqual({
      kind: 'search',
      points: 2,
    });
  });
});
