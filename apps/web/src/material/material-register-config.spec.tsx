import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MaterialRegisterQuery } from '../gql/graphql';
import { buildCsv } from '../list/csv';
import { operationName, respondByName } from '../networks/network-test-utils';
import { mockGraphqlClient } from '../test/mock-graphql-client';
import { renderApp } from '../test/render-app';
import { buildMaterialExportTable, type MaterialNode } from './material-export-table';
import { materialFacetOptions } from './material-facet-options';
import { materialParams, toMaterialVariables } from './material-register-params';
import { materialSv } from './material.i18n';

const INTRODUCTION: MaterialNode = {
  __typename: 'Material',
  id: 'mat1',
  title: 'Mall för introduktionsplan',
  summary: 'En mall för handledare.',
  kind: 'template',
  themes: ['validation'],
  visibility: 'REGION',
  reviewStatus: 'expired',
  validTo: '2025-12-31',
  nextReviewOn: '2025-06-01',
  archived: false,
  isDemo: false,
  currentVersionNumber: 2,
  currentVersion: { __typename: 'MaterialVersion', id: 'v2', number: 2, createdAt: '2026-03-01T10:00:00Z' },
  organization: { __typename: 'Organization', slug: 'linkoping', name: 'Linköpings kommun' },
  adaptations: [
    { __typename: 'MaterialAdaptation', organization: { __typename: 'Organization', slug: 'motala', name: 'Motala kommun' } },
    { __typename: 'MaterialAdaptation', organization: { __typename: 'Organization', slug: 'kinda', name: 'Kinda kommun' } },
  ],
};

const REGISTER: MaterialRegisterQuery = {
  materials: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: '1' },
    facets: {
      kind: [
        { value: 'report', count: 3 },
        { value: 'template', count: 1 },
      ],
      theme: [{ value: 'validation', count: 1 }],
      organization: [{ value: 'linkoping', count: 1 }],
      reviewStatus: [
        { value: 'expired', count: 1 },
        { value: 'current', count: 4 },
      ],
      hasAdaptations: [{ value: 'yes', count: 1 }],
    },
    edges: [{ cursor: '1', node: INTRODUCTION }],
  },
};

describe('the material register config', () => {
  it('reads facets and the order from the address, and asks only for filters that have values', () => {
    const state = materialParams.parse(new URLSearchParams('typ=template&granskning=expired&granskning=review-due&anpassningar=yes&sok=fjällräv'));
    expect(state.sort).toBe('relevans');
    expect(toMaterialVariables(state)).toEqual({
      search: 'fjällräv',
      filter: { kinds: ['template'], reviewStatuses: ['expired', 'review-due'], hasAdaptations: ['yes'] },
      orderBy: 'RELEVANCE',
    });
    const plain = materialParams.parse(new URLSearchParams('sortera=relevans'));
    expect(plain.sort).toBe('andrad');
    expect(toMaterialVariables(plain)).toEqual({ search: null, filter: null, orderBy: 'UPDATED_DESC' });
    expect(toMaterialVariables(materialParams.parse(new URLSearchParams('sortera=granskning'))).orderBy).toBe('NEXT_REVIEW');
    expect(materialParams.toParams(materialParams.toggle(plain, 'organization', 'motala', true)).toString()).toBe('organisation=motala');
  });

  it('orders review statuses as declared and names organisations', () => {
    const statuses = materialFacetOptions(
      'reviewStatus',
      [
        { value: 'expired', count: 1 },
        { value: 'current', count: 4 },
      ],
      [],
      'sv',
      new Map(),
    );
    expect(statuses.map((option) => option.label)).toEqual(['Aktuell', 'Inte längre giltig']);
    const owners = materialFacetOptions('organization', [{ value: 'linkoping', count: 1 }], [], 'en', new Map([['linkoping', 'Linköpings kommun']]));
    expect(owners.map((option) => [option.label, option.count])).toEqual([['Linköpings kommun', 1]]);
  });

  it('exports one labelled row per material, with its review status and adaptations', () => {
    const table = buildMaterialExportTable([INTRODUCTION], { locale: 'sv', headers: materialSv.columns, origin: 'https://portal.example' });
    expect(table.header).toEqual([
      'Titel',
      'Sammanfattning',
      'Typ',
      'Teman',
      'Ägarorganisation',
      'Granskning',
      'Aktuell version',
      'Anpassningar',
      'Synlighet',
      'Länk',
    ]);
    expect(table.rows[0]).toEqual([
      'Mall för introduktionsplan',
      'En mall för handledare.',
      'Mall',
      'Validering',
      'Linköpings kommun',
      'Inte längre giltig',
      2,
      'Motala kommun, Kinda kommun',
      'Alla inloggade i regionen',
      'https://portal.example/material/mat1',
    ]);
    expect(buildCsv(table.header, table.rows).split('\r\n')[1]).toMatch(/^Mall för introduktionsplan;/);
  });

  it('renders the register with counted facets and results marked when no longer valid', async () => {
    const { client, operations } = mockGraphqlClient(
      respondByName({
        MaterialRegister: () => REGISTER,
        Organizations: () => ({ organizations: [{ id: '1', slug: 'linkoping', name: 'Linköpings kommun', kind: 'MUNICIPALITY', municipalityCode: '0580' }] }),
      }),
    );
    renderApp({ path: '/material?granskning=expired', graphqlClient: client });
    expect(await screen.findByText('1 material')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Material' })).toBeTruthy();
    const review = screen.getByRole('group', { name: 'Granskning' });
    expect((within(review).getByRole('checkbox', { name: 'Inte längre giltig (1)' }) as HTMLInputElement).checked).toBe(true);
    // Kinds in their declared order (Mall before Rapport), not by count.
    expect(
      within(screen.getByRole('group', { name: 'Typ' }))
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent?.trim()),
    ).toEqual(['Mall (1)', 'Rapport (3)']);
    const item = within(screen.getByRole('list', { name: 'Resultat' })).getAllByRole('listitem')[0]!;
    expect(within(item).getByRole('link', { name: 'Mall för introduktionsplan' }).getAttribute('href')).toBe('/material/mat1');
    expect(item.textContent).toContain('Inte längre giltig');
    expect(item.textContent).toContain('Version 2');
    expect(item.textContent).toContain('Motala kommun, Kinda kommun');
    expect(screen.getByRole('button', { name: 'Ladda ner som CSV' })).toBeTruthy();
    const list = operations.find((operation) => operationName(operation) === 'MaterialRegister');
    expect(list?.variables).toMatchObject({ filter: { reviewStatuses: ['expired'] }, orderBy: 'UPDATED_DESC', withFacets: true });
  });
});
