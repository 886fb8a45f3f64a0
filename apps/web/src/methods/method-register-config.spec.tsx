import { screen, within } from '@testing-library/react';
import { makeResult } from 'urql';
import { fromValue } from 'wonka';
import { describe, expect, it } from 'vitest';
import type { MethodRegisterQuery } from '../gql/graphql';
import { buildCsv } from '../list/csv';
import { mockGraphqlClient, type Responder } from '../test/mock-graphql-client';
import { renderApp } from '../test/render-app';
import { buildMethodExportTable, type MethodNode } from './method-export-table';
import { methodFacetOptions } from './method-facet-options';
import { methodParams, toMethodVariables } from './method-register-params';
import { methodsSv } from './methods.i18n';

const SUPPORTED_EMPLOYMENT: MethodNode = {
  id: 'm1',
  name: 'Supported Employment',
  summary: 'Arbetslivsinriktad rehabilitering.',
  evidenceLevel: 'research-supported',
  themes: ['vocational-rehabilitation'],
  targetGroups: ['social-assistance'],
  visibility: 'PUBLIC',
  archived: false,
  isDemo: true,
  organization: { slug: 'region-ostergotland', name: 'Region Östergötland' },
};

const operationName = (operation: Parameters<Responder>[0]) => operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;

const respondWithMethods: Responder = (operation) => {
  if (operationName(operation) === 'Organizations') {
    return fromValue(
      makeResult(operation, {
        data: { organizations: [{ id: '1', slug: 'linkoping', name: 'Linköpings kommun', kind: 'MUNICIPALITY', municipalityCode: '0580' }] },
      }),
    );
  }
  const data: MethodRegisterQuery = {
    methods: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: '1' },
      facets: {
        evidenceLevel: [
          { value: 'promising', count: 2 },
          { value: 'research-supported', count: 1 },
        ],
        theme: [{ value: 'vocational-rehabilitation', count: 1 }],
        targetGroup: [],
        usingOrganization: [{ value: 'linkoping', count: 1 }],
      },
      edges: [{ cursor: '1', node: SUPPORTED_EMPLOYMENT }],
    },
  };
  return fromValue(makeResult(operation, { data }));
};

describe('the method register config', () => {
  it('reads facets and the order from the address, and asks only for filters that have values', () => {
    const state = methodParams.parse(new URLSearchParams('evidens=evidence-based&evidens=promising&anvands-av=linkoping&sok=språk'));
    expect(state.sort).toBe('relevans');
    expect(toMethodVariables(state)).toEqual({
      search: 'språk',
      filter: { evidenceLevels: ['evidence-based', 'promising'], usingOrganizations: ['linkoping'] },
      orderBy: 'RELEVANCE',
    });
    // Without a search the bank reads alphabetically and relevance is not offered.
    const plain = methodParams.parse(new URLSearchParams('sortera=relevans'));
    expect(plain.sort).toBe('namn');
    expect(toMethodVariables(plain)).toEqual({ search: null, filter: null, orderBy: 'NAME' });
    expect(methodParams.toParams(methodParams.toggle(plain, 'theme', 'validation', true)).toString()).toBe('tema=validation');
  });

  it('orders evidence levels as the vocabulary does and names organisations', () => {
    const levels = methodFacetOptions(
      'evidenceLevel',
      [
        { value: 'promising', count: 2 },
        { value: 'evidence-based', count: 1 },
      ],
      [],
      'sv',
      new Map(),
    );
    expect(levels.map((o) => o.label)).toEqual(['Evidensbaserad', 'Lovande/prövas']);
    const users = methodFacetOptions(
      'usingOrganization',
      [
        { value: 'odeshog', count: 1 },
        { value: 'linkoping', count: 1 },
      ],
      ['motala'],
      'sv',
      new Map([
        ['odeshog', 'Ödeshögs kommun'],
        ['linkoping', 'Linköpings kommun'],
      ]),
    );
    expect(users.map((o) => [o.label, o.count, o.checked])).toEqual([
      ['Linköpings kommun', 1, false],
      ['motala', 0, true],
      ['Ödeshögs kommun', 1, false],
    ]);
  });

  it('exports one labelled row per method', () => {
    const table = buildMethodExportTable([SUPPORTED_EMPLOYMENT], { locale: 'sv', headers: methodsSv.columns, origin: 'https://portal.example' });
    expect(table.header).toEqual(['Namn', 'Sammanfattning', 'Evidensnivå', 'Teman', 'Målgrupper', 'Ägarorganisation', 'Synlighet', 'Länk']);
    expect(table.rows[0]).toEqual([
      'Supported Employment',
      'Arbetslivsinriktad rehabilitering.',
      'Forskningsstöd',
      'Arbetslivsinriktad rehabilitering',
      'Personer med ekonomiskt bistånd',
      'Region Östergötland',
      'Alla, även utan inloggning',
      'https://portal.example/metoder/m1',
    ]);
    expect(buildCsv(table.header, table.rows).split('\r\n')[1]).toMatch(/^Supported Employment;/);
  });

  it('renders the register with counted facets and results with name, summary, evidence level and owner', async () => {
    const { client, operations } = mockGraphqlClient(respondWithMethods);
    renderApp({ path: '/metoder?evidens=research-supported', graphqlClient: client });
    expect(await screen.findByText('1 metod')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Metoder' })).toBeTruthy();
    const evidence = screen.getByRole('group', { name: 'Evidensnivå' });
    expect((within(evidence).getByRole('checkbox', { name: 'Forskningsstöd (1)' }) as HTMLInputElement).checked).toBe(true);
    expect(within(evidence).getByRole('checkbox', { name: 'Lovande/prövas (2)' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Används av' })).getByRole('checkbox', { name: 'Linköpings kommun (1)' })).toBeTruthy();
    const item = within(screen.getByRole('list', { name: 'Resultat' })).getAllByRole('listitem')[0]!;
    expect(within(item).getByRole('link', { name: 'Supported Employment' }).getAttribute('href')).toBe('/metoder/m1');
    expect(item.textContent).toContain('Arbetslivsinriktad rehabilitering.');
    expect(item.textContent).toContain('Forskningsstöd');
    expect(item.textContent).toContain('Region Östergötland');
    expect(screen.getByRole('button', { name: 'Ladda ner som CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ladda ner som Excel' })).toBeTruthy();
    const list = operations.find((operation) => operationName(operation) === 'MethodRegister');
    expect(list?.variables).toMatchObject({ filter: { evidenceLevels: ['research-supported'] }, orderBy: 'NAME', withFacets: true });
  });
});
