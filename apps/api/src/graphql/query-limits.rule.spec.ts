import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitsRule } from './query-limits.rule.js';

// A recursive schema, so depth and list sizes can grow without bound.
const schema = buildSchema(`
  type Node { id: ID! name: String children(first: Int): [Node!]! parent: Node value: Value }
  type Value { text: String parts: [Part!]! }
  type Part { name: String values: [String!]! }
  type Query { node: Node nodes(first: Int): [Node!]! }
`);

const limits = { maxDepth: 5, maxAliases: 3, maxCost: 1000, defaultListSize: 50, nestedListSize: 50, valueTypes: new Set(['Value']) };

function check(query: string) {
  return validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => ({ message: e.message, code: e.extensions['code'] }));
}

describe('queryLimitsRule', () => {
  it('accepts a query at the depth limit and rejects one level deeper', () => {
    expect(check('{ node { parent { parent { parent { id } } } } }')).toEqual([]);
    expect(check('{ node { parent { parent { parent { parent { id } } } } } }')).toEqual([
      { message: 'Frågan är för djup: högst 5 nivåer är tillåtna.', code: 'QUERY_TOO_COMPLEX' },
    ]);
  });

  it('counts depth through named and inline fragments, and survives fragment cycles', () => {
    const viaFragments = `
      { node { ...A } }
      fragment A on Node { parent { ... on Node { parent { ...B } } } }
      fragment B on Node { parent { parent { id } } }`;
    expect(check(viaFragments)[0]?.code).toBe('QUERY_TOO_COMPLEX');
    const cycle = `{ node { ...A } } fragment A on Node { parent { ...B } } fragment B on Node { parent { ...A } }`;
    expect(() => check(cycle)).not.toThrow();
  });

  it('counts aliases across fragments', () => {
    expect(check('{ a: node { id } b: node { id } c: node { id } }')).toEqual([]);
    const result = check('{ a: node { ...F } b: node { id } } fragment F on Node { x: id y: name }');
    expect(result).toEqual([{ message: 'Frågan har för många alias: högst 3 är tillåtna.', code: 'QUERY_TOO_COMPLEX' }]);
  });

  it('multiplies cost by list sizes: literal first, else the default size', () => {
    // 1 (nodes) + 10 × (1 children + 10 × 1 id) = 111
    expect(check('{ nodes(first: 10) { children(first: 10) { id } } }')).toEqual([]);
    // 1 + 50 × (1 + 50 × 1) = 2551 > 1000
    expect(check('{ nodes { children { id } } }')[0]?.message).toMatch(/^Frågan är för stor/);
    expect(check('query($n: Int) { nodes(first: $n) { children(first: $n) { id } } }')[0]?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts a value type once for its whole selection, but still its depth', () => {
    // 1 + 10 × (1 value, its parts free) = 11; without the value rule 1 + 10 × (1 + 50 × 2) > 1000
    expect(check('{ nodes(first: 10) { value { text parts { name values } } } }')).toEqual([]);
    expect(
      validate(schema, parse('{ nodes(first: 10) { value { text parts { name values } } } }'), [queryLimitsRule({ ...limits, valueTypes: new Set() })])[0]
        ?.message,
    ).toMatch(/^Frågan är för stor/);
    expect(check('{ node { parent { parent { value { parts { name } } } } } }')[0]?.message).toMatch(/^Frågan är för djup/);
  });

  it('does not count introspection', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }')).toEqual([]);
  });
});
