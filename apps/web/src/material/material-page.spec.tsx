import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { appRoutes } from '../app/app-routes';
import { SessionContext } from '../auth/session-context';
import { createI18n } from '../i18n/i18n';
import type { MaterialFileFieldsFragment, MaterialPageQuery, MaterialVersionFieldsFragment } from '../gql/graphql';
import { operationName, respondByName } from '../networks/network-test-utils';
import { mockGraphqlClient, respondWithErrorCode } from '../test/mock-graphql-client';
import { renderApp } from '../test/render-app';
import { previewSandboxOf } from './material-files';
import { ME_IN_MOTALA, signedInSession } from './material-test-utils';

type Material = MaterialPageQuery['material'];

const LINKOPING = { __typename: 'Organization' as const, slug: 'linkoping', name: 'Linköpings kommun' };
const MOTALA = { __typename: 'Organization' as const, slug: 'motala', name: 'Motala kommun' };
const KINDA = { __typename: 'Organization' as const, slug: 'kinda', name: 'Kinda kommun' };

const file = (id: string, name: string, overrides: Partial<MaterialFileFieldsFragment> = {}): MaterialFileFieldsFragment => ({
  __typename: 'MaterialFile',
  id,
  name,
  mediaType: 'application/pdf',
  sizeBytes: 1_300_000,
  scanStatus: 'clean',
  available: true,
  previewable: true,
  canRescan: false,
  ...overrides,
});

const version = (number: number, note: string, files: MaterialFileFieldsFragment[]): MaterialVersionFieldsFragment => ({
  __typename: 'MaterialVersion',
  id: `v${number}`,
  number,
  note,
  createdAt: '2026-03-01T10:00:00Z',
  createdByName: 'Anna Lind',
  files,
});

const V2 = version(2, 'Nytt avsnitt om handledning', [
  file('f1', 'introduktionsplan.pdf'),
  file('f2', 'checklista.txt', { mediaType: 'text/plain', previewable: false, sizeBytes: 2048, available: false, scanStatus: 'pending' }),
  file('f3', 'makro.docx', { available: false, scanStatus: 'infected', previewable: false }),
]);
const V1 = version(1, 'Första versionen', [file('f0', 'introduktionsplan-v1.pdf')]);

const ORIGINAL: Material = {
  __typename: 'Material',
  id: 'mat1',
  title: 'Mall för introduktionsplan',
  summary: 'En mall för handledare.',
  description: 'Så **använder** du mallen.',
  kind: 'template',
  themes: ['validation'],
  audiences: ['supervisors'],
  language: 'sv',
  licence: 'cc-by-4.0',
  visibility: 'REGION',
  reviewStatus: 'expired',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  nextReviewOn: '2025-06-01',
  reviewCycleMonths: 12,
  lastReviewedAt: null,
  responsibleName: 'Anna Lind',
  responsibleEmail: 'anna.lind@linkoping.se',
  archived: false,
  isDemo: false,
  isAdaptation: false,
  canEdit: false,
  version: 5,
  updatedAt: '2026-03-01T10:00:00Z',
  currentVersionNumber: 2,
  currentVersion: V2,
  versions: [V2, V1],
  organization: LINKOPING,
  adaptedFrom: null,
  adaptations: [
    { __typename: 'MaterialAdaptation', createdAt: '2026-02-01T10:00:00Z', organization: MOTALA, material: null },
    {
      __typename: 'MaterialAdaptation',
      createdAt: '2026-02-02T10:00:00Z',
      organization: KINDA,
      material: { __typename: 'MaterialRef', id: 'k1', title: 'Kindas mall' },
    },
  ],
  originalChange: null,
  initiatives: [{ __typename: 'Initiative', id: 'i1', title: 'Jobbspår Linköping' }],
  methods: [],
};

const VARIANT: Material = {
  ...ORIGINAL,
  id: 'var1',
  organization: MOTALA,
  visibility: 'PRIVATE',
  reviewStatus: 'current',
  validTo: null,
  isAdaptation: true,
  canEdit: true,
  currentVersion: V1,
  currentVersionNumber: 1,
  versions: [V1],
  adaptations: [],
  adaptedFrom: { __typename: 'MaterialRef', id: 'mat1', title: 'Mall för introduktionsplan', organization: LINKOPING },
  originalChange: {
    __typename: 'MaterialOriginalChange',
    seenVersion: 1,
    currentVersion: 2,
    original: { __typename: 'MaterialRef', id: 'mat1', title: 'Mall för introduktionsplan', organization: LINKOPING },
    newVersions: [V2],
  },
};

describe('the material page', () => {
  it('says in Swedish that the material does not exist for NOT_FOUND', async () => {
    const { client } = mockGraphqlClient(respondWithErrorCode('NOT_FOUND'));
    renderApp({ path: '/material/saknas', graphqlClient: client });
    expect(await screen.findByText('Materialet finns inte, eller så har du inte tillgång till det.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Till allt material' }).getAttribute('href')).toBe('/material');
  });

  it('marks a material past its validity, names its adaptations, and shows files, scan states and earlier versions', async () => {
    const { client, operations } = mockGraphqlClient(
      respondByName({
        MaterialPage: () => ({ material: ORIGINAL }),
        CreateMaterialFileLink: () => ({ createMaterialFileLink: { url: '/api/material-files/preview/abc', expiresAt: '2026-03-01T10:05:00Z' } }),
      }),
    );
    renderApp({ path: '/material/mat1', graphqlClient: client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mall för introduktionsplan' })).toBeTruthy();
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('Inte längre giltig');
    expect(main.textContent).toContain('Anpassningar: Motala kommun, Kinda kommun');
    expect(main.textContent).not.toContain('Anpassad från');
    // The Markdown renderer loads after the page.
    await waitFor(() => expect(main.querySelector('.material-markdown strong')?.textContent).toBe('använder'));
    expect(screen.queryByRole('link', { name: 'Ändra uppgifterna' })).toBeNull();

    const files = screen.getByRole('heading', { level: 2, name: 'Filer' }).parentElement!;
    expect(files.textContent).toContain('Aktuell version: 2');
    expect(files.textContent).toContain('Nytt avsnitt om handledning');
    expect(files.textContent).toContain('PDF, 1,2 MB');
    expect(within(files).getByRole('button', { name: 'Ladda ned introduktionsplan.pdf' })).toBeTruthy();
    // Files not yet cleared by the virus scanner: their state in words, nothing to download.
    expect(files.textContent).toContain('Kontrolleras av virusskyddet');
    expect(files.textContent).toContain('Stoppad av virusskyddet');
    expect(within(files).queryByRole('button', { name: 'Ladda ned checklista.txt' })).toBeNull();
    // Earlier versions are collapsed, each downloadable.
    expect(within(files).getByText('Tidigare version (1)').tagName).toBe('SUMMARY');
    expect(within(files).getByRole('button', { name: 'Ladda ned introduktionsplan-v1.pdf', hidden: true })).toBeTruthy();

    const review = screen.getByRole('heading', { level: 2, name: 'Giltighet och granskning' }).parentElement!;
    expect(review.textContent).toContain('31 december 2025');
    expect(review.textContent).toContain('Var 12:e månad');
    expect(within(review).queryByRole('button', { name: 'Markera som granskat' })).toBeNull();
    expect(within(screen.getByRole('heading', { level: 2, name: 'Kopplingar' }).parentElement!).getByRole('link', { name: 'Jobbspår Linköping' })).toBeTruthy();

    // A preview in a sandboxed frame, from a link asked for on click.
    await act(async () => {
      fireEvent.click(within(files).getByRole('button', { name: 'Förhandsgranska introduktionsplan.pdf' }));
    });
    const frame = await screen.findByTitle('Förhandsgranskning: introduktionsplan.pdf');
    expect(frame.getAttribute('src')).toBe('/api/material-files/preview/abc');
    // Chromium shows a PDF only in a frame without the sandbox attribute (the response's CSP sandboxes it); an image gets sandbox="".
    expect(frame.hasAttribute('sandbox')).toBe(false);
    expect(previewSandboxOf('image/png')).toBe('');
    expect(operations.find((operation) => operationName(operation) === 'CreateMaterialFileLink')?.variables).toEqual({ fileId: 'f1', preview: true });
    expect(document.activeElement?.textContent).toBe('Förhandsgranskning: introduktionsplan.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Stäng förhandsgranskningen' }));
    expect(screen.queryByTitle('Förhandsgranskning: introduktionsplan.pdf')).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Förhandsgranska introduktionsplan.pdf');
  });

  it('shows a variant its original and what changed in it, to be marked as handled, and lets its owner mark it reviewed', async () => {
    const { client, operations } = mockGraphqlClient(
      respondByName({
        MaterialPage: () => ({ material: VARIANT }),
        AcknowledgeMaterialOriginalChange: () => ({ acknowledgeMaterialOriginalChange: { __typename: 'Material', id: 'var1', version: 6 } }),
        MarkMaterialReviewed: () => ({
          markMaterialReviewed: {
            __typename: 'Material',
            id: 'var1',
            version: 6,
            reviewStatus: 'current',
            nextReviewOn: '2027-03-01',
            lastReviewedAt: '2026-03-01T10:00:00Z',
          },
        }),
      }),
    );
    renderApp({ path: '/material/var1', graphqlClient: client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mall för introduktionsplan' })).toBeTruthy();
    const from = screen.getByText('Anpassad från:').parentElement!;
    expect(within(from).getByRole('link', { name: 'Mall för introduktionsplan (Linköpings kommun)' }).getAttribute('href')).toBe('/material/mat1');
    expect(screen.getByRole('link', { name: 'Ändra uppgifterna' }).getAttribute('href')).toBe('/material/var1/redigera');
    expect(screen.getByRole('link', { name: 'Ladda upp en ny version' }).getAttribute('href')).toBe('/material/var1/ny-version');

    const alert = screen.getByRole('heading', { level: 2, name: 'Originalet har ändrats' }).parentElement!;
    expect(alert.textContent).toContain('(version 1 → 2)');
    expect(alert.textContent).toContain('Nytt avsnitt om handledning');
    expect(within(alert).getByRole('button', { name: 'Ladda ned introduktionsplan.pdf' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Markera som hanterat' }));
    });
    expect(operations.find((operation) => operationName(operation) === 'AcknowledgeMaterialOriginalChange')?.variables).toEqual({ id: 'var1', version: 5 });
    const handled = screen.getByText('Markerat som hanterat.');
    expect(document.activeElement).toBe(handled.parentElement);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Markera som granskat' }));
    });
    expect(screen.getByText('Markerat som granskat. Nästa granskning: 1 mars 2027.')).toBeTruthy();
  });

  it('lets a signed-in reader of another organisation adapt it, unless its terms forbid that', async () => {
    const answers = { material: ORIGINAL };
    const { client, operations } = mockGraphqlClient(
      respondByName({
        Me: () => ME_IN_MOTALA,
        MaterialPage: (variables) => ({ material: variables['id'] === 'ny' ? { ...VARIANT, id: 'ny', originalChange: null } : answers.material }),
        MaterialPageHistory: () => ({ materialHistory: [] }),
        MaterialSharing: () => ({
          material: { __typename: 'Material', id: 'mat1', visibility: 'REGION', canEdit: false, archived: false, sharedWithNetworks: [] },
        }),
        AdaptMaterial: () => ({ adaptMaterial: { __typename: 'Material', id: 'ny' } }),
      }),
    );
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/material/mat1'] });
    render(
      <SessionContext.Provider value={signedInSession()}>
        <AppProviders i18n={createI18n('sv')} graphqlClient={client}>
          <RouterProvider router={router} />
        </AppProviders>
      </SessionContext.Provider>,
    );
    const section = (await screen.findByRole('heading', { level: 2, name: 'Anpassa för min organisation' })).parentElement!;
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Anpassa för min organisation' }));
    });
    expect(operations.find((operation) => operationName(operation) === 'AdaptMaterial')?.variables).toEqual({ id: 'mat1' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/material/ny'));
    expect(await screen.findByText('Anpassad från:')).toBeTruthy();

    // Terms that keep the material as it is: no button, the reason instead.
    answers.material = { ...ORIGINAL, licence: 'use-as-is' };
    await act(async () => {
      await router.navigate('/material/mat1');
    });
    const refused = (await screen.findByRole('heading', { level: 2, name: 'Anpassa för min organisation' })).parentElement!;
    expect(refused.textContent).toContain('Villkoren för materialet tillåter inte att det anpassas.');
    expect(within(refused).queryByRole('button')).toBeNull();
  });

  it('lets the owner ask for a new virus scan of a file whose scan failed, and says that it waits', async () => {
    const failed = file('f9', 'protokoll.pdf', { available: false, scanStatus: 'failed', canRescan: true });
    const theirs = file('f8', 'bilaga.pdf', { available: false, scanStatus: 'failed' });
    const owned = version(3, 'Tredje versionen', [failed, theirs]);
    const { client, operations } = mockGraphqlClient(
      respondByName({
        MaterialPage: () => ({ material: { ...VARIANT, currentVersion: owned, currentVersionNumber: 3, versions: [owned] } }),
        RescanMaterialFile: () => ({ rescanMaterialFile: { ...failed, scanStatus: 'pending', canRescan: false } }),
      }),
    );
    renderApp({ path: '/material/var1', graphqlClient: client });
    const files = (await screen.findByRole('heading', { level: 2, name: 'Filer' })).parentElement!;
    expect(files.textContent).toContain('Inte virussökt än: sökningen misslyckades, nya försök görs');
    expect(within(files).queryByRole('button', { name: 'Ladda ned protokoll.pdf' })).toBeNull();
    // Only a file the reader's organisation may ask about has the button.
    expect(within(files).queryByRole('button', { name: 'Låt virusskyddet söka igenom bilaga.pdf igen nu' })).toBeNull();
    await act(async () => {
      fireEvent.click(within(files).getByRole('button', { name: 'Låt virusskyddet söka igenom protokoll.pdf igen nu' }));
    });
    expect(operations.find((operation) => operationName(operation) === 'RescanMaterialFile')?.variables).toEqual({ fileId: 'f9' });
    const said = await within(files).findByText('protokoll.pdf väntar på en ny virussökning.');
    // The button is gone with the new state, so focus is on the outcome.
    expect(said.parentElement?.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(said.parentElement);
  });
});
