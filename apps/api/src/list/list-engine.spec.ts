import { describe, expect, it } from 'vitest';
import { PortalError } from '../graphql/portal-error.js';
import { decodeCursor, encodeCursor } from './list-cursor.js';
import type { ListDefinition } from './list-definition.js';
import { ListEngine, type OrganizationDirectory } from './list-engine.js';

const COLOURS = [{ code: 'red' }, { code: 'blue' }];
const DEFINITION = {
  table: 'thing',
  alias: 't',
  columns: 't.id',
  facets: {
    colour: { expression: 't.colour', shape: 'scalar', values: { kind: 'code', vocabulary: COLOURS }, argument: 'colours', label: 'färg' },
    owner: { expression: 't.organization_id', shape: 'scalar', values: { kind: 'organization' }, argument: 'organizations', label: 'organisation' },
    year: { expression: 't.year', shape: 'scalar', values: { kind: 'year' }, argument: 'years', label: 'år' },
  },
  orders: { name: { key: 't.name', cast: 'text', descending: false } },
  defaultOrder: 'name',
  maxPageSize: 10,
  noun: 'saker',
} as const satisfies ListDefinition<string, string>;

const directory: OrganizationDirectory = {
  idOf: (slug) => (slug === 'ydre' ? '00000000-0000-4000-8000-000000000001' : undefined),
  slugOf: (id) => (id === '00000000-0000-4000-8000-000000000001' ? 'ydre' : undefined),
};

function fieldErrors(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof PortalError) return (error.extensions['fieldErrors'] ?? {}) as Record<string, string>;
    throw error;
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('list engine criteria', () => {
  const engine = new ListEngine<keyof typeof DEFINITION.facets, 'name'>(DEFINITION);

  it('reads each facet from its argument, drops duplicates and turns slugs into ids', () => {
    const criteria = engine.criteria({ first: 5, search: '  text ', filter: { colours: ['red', 'red'], organizations: ['ydre'], years: [2021] } }, directory);
    expect(criteria).toEqual({
      search: 'text',
      filter: { colour: ['red'], owner: ['00000000-0000-4000-8000-000000000001'], year: [2021] },
      conditions: [],
    });
  });

  it('reports every unknown value at once, keyed by the argument', () => {
    const errors = fieldErrors(() => engine.criteria({ first: 5, filter: { colours: ['green'], organizations: ['atlantis'], years: [21] } }, directory));
    expect(errors).toEqual({
      colours: 'Okänt värde för färg: green.',
      organizations: 'Okänd organisation: atlantis.',
      years: 'Ange år som fyra siffror.',
    });
  });

  it('treats a missing filter and an empty search as no restriction', () => {
    expect(engine.criteria({ first: 5, search: '   ' }, directory)).toEqual({ search: null, filter: { colour: [], owner: [], year: [] }, conditions: [] });
  });
});

describe('list cursors', () => {
  const id = '3f2c3f5e-8d1a-4c1e-9a51-0d7c2b6f9e10';

  it('round-trips the key and id of its own order', () => {
    expect(decodeCursor(encodeCursor('title', 'Åtvidaberg', id), 'title')).toEqual({ key: 'Åtvidaberg', id });
  });

  it('refuses a cursor of another order, a forged id and garbage', () => {
    for (const [cursor, order] of [
      [encodeCursor('title', 'a', id), 'updated-desc'],
      [encodeCursor('title', 'a', "1' OR '1'='1"), 'title'],
      ['not base64 json', 'title'],
    ] as const) {
      expect(() => decodeCursor(cursor, order)).toThrow(/Sidmarkören är ogiltig/);
    }
  });
});
