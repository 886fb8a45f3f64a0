import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MethodPageQuery } from '../gql/graphql';
import { mockGraphqlClient, respondWithData, respondWithErrorCode } from '../test/mock-graphql-client';
import { renderApp } from '../test/render-app';

const METHOD: MethodPageQuery['method'] = {
  id: 'm1',
  name: 'Språkombud i äldreomsorgen',
  summary: 'Språkutvecklande arbetsplatser med utbildade språkombud.',
  description: 'Språkombud **stöttar** kollegor.',
  problem: 'Medarbetare med svenska som andraspråk får inte det stöd de behöver.',
  visibility: 'PUBLIC',
  targetGroups: ['permanent-staff'],
  themes: ['language-development'],
  steps: [
    { title: 'Utse språkombud', description: 'En per arbetsplats.' },
    { title: 'Utbilda', description: '' },
  ],
  requirements: { training: 'Språkombudsutbildning, fem dagar.', certification: '', staffing: '', indicativeCost: '20 000 kr per ombud' },
  evidenceLevel: 'promising',
  evidenceSources: [
    { title: 'Utvärdering av språkombud i Linköping', url: 'https://example.se/utvardering', kind: 'evaluation' },
    { title: 'Egen uppföljning 2023', url: null, kind: 'local-follow-up' },
  ],
  relations: [
    { kind: 'part-of', direction: 'OUTGOING', other: { id: 'm2', name: 'Språkutvecklande arbetsplatser' } },
    { kind: 'variant-of', direction: 'INCOMING', other: { id: 'm3', name: 'Språkombud i skolan' } },
  ],
  contactPerson: { name: 'Anna Lind', email: 'anna.lind@linkoping.se' },
  organization: { slug: 'linkoping', name: 'Linköpings kommun' },
  version: 3,
  archived: false,
  isDemo: false,
  canEdit: true,
  updatedAt: '2024-01-01T00:00:00Z',
  usedBy: [
    {
      afterLifeStatus: 'implemented',
      initiative: { id: 'i1', title: 'Språkstöd i vården', status: 'completed', organization: { slug: 'linkoping', name: 'Linköpings kommun' } },
    },
    {
      afterLifeStatus: null,
      initiative: { id: 'i2', title: 'Språkombud Norrköping', status: 'ongoing', organization: { slug: 'norrkoping', name: 'Norrköpings kommun' } },
    },
  ],
  organizationsUsing: [
    {
      initiativeCount: 1,
      organization: { slug: 'norrkoping', name: 'Norrköpings kommun' },
      contacts: [{ name: 'Erik Berg', email: 'erik.berg@norrkoping.se' }],
    },
    { initiativeCount: 1, organization: { slug: 'linkoping', name: 'Linköpings kommun' }, contacts: [] },
  ],
  outcomes: { initiativeCount: 2, participants: { display: '12' }, toWork: { display: '<5' }, toStudies: { display: '0' } },
};

describe('the method page', () => {
  it('says in Swedish that the method does not exist for NOT_FOUND', async () => {
    const { client } = mockGraphqlClient(respondWithErrorCode('NOT_FOUND'));
    renderApp({ path: '/metoder/saknas', graphqlClient: client });
    expect(await screen.findByText('Metoden finns inte, eller så har du inte tillgång till den.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Metoden finns inte');
    expect(screen.getByRole('link', { name: 'Till alla metoder' }).getAttribute('href')).toBe('/metoder');
  });

  it('shows every field, the evidence with its sources, who uses it and their outcomes', async () => {
    const { client } = mockGraphqlClient(respondWithData({ method: METHOD }));
    renderApp({ path: '/metoder/m1', graphqlClient: client });

    expect(await screen.findByRole('heading', { level: 1, name: METHOD.name })).toBeTruthy();
    await waitFor(() => expect(document.title).toContain(METHOD.name));
    const main = screen.getByRole('main');
    // The Markdown renderer loads after the page.
    await waitFor(() => expect(main.querySelector('.method-markdown strong')?.textContent).toBe('stöttar'));
    // So does the material section (its own chunk).
    expect(await screen.findByRole('heading', { level: 2, name: 'Material' })).toBeTruthy();
    for (const text of [
      METHOD.summary,
      METHOD.problem,
      'Linköpings kommun',
      'Alla, även utan inloggning',
      'Språkutveckling',
      'Befintliga tillsvidareanställda',
      'Utse språkombud',
      'En per arbetsplats.',
      'Språkombudsutbildning, fem dagar.',
      '20 000 kr per ombud',
    ]) {
      expect(main.textContent).toContain(text);
    }
    expect(screen.getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe('/metoder/m1/redigera');
    expect(screen.getByRole('link', { name: 'anna.lind@linkoping.se' }).getAttribute('href')).toBe('mailto:anna.lind@linkoping.se');

    // The level is the sources', with the kind of each source and links only where there is an address.
    const evidence = screen.getByRole('heading', { level: 2, name: 'Evidens' }).parentElement!;
    expect(evidence.textContent).toContain('Lovande/prövas');
    expect(evidence.textContent).toContain('Portalen graderar inte metoder.');
    expect(within(evidence).getByRole('link', { name: 'Utvärdering av språkombud i Linköping' }).getAttribute('href')).toBe('https://example.se/utvardering');
    expect(evidence.textContent).toContain('Typ av källa: Utvärdering');
    expect(evidence.textContent).toContain('Typ av källa: Lokal uppföljning');
    expect(within(evidence).queryByRole('link', { name: 'Egen uppföljning 2023' })).toBeNull();

    const related = screen.getByRole('heading', { level: 2, name: 'Relaterade metoder' }).parentElement!;
    expect(related.textContent).toContain('Ingår i: Språkutvecklande arbetsplatser');
    expect(related.textContent).toContain('Har varianten: Språkombud i skolan');
    expect(within(related).getByRole('link', { name: 'Språkombud i skolan' }).getAttribute('href')).toBe('/metoder/m3');

    const uses = screen.getByRole('table', { name: 'Initiativ som använder metoden, med status och vad som lever kvar' });
    const rows = within(uses).getAllByRole('row');
    expect(within(rows[1]!).getByRole('link', { name: 'Språkstöd i vården' }).getAttribute('href')).toBe('/initiativ/i1');
    expect(rows[1]!.textContent).toContain('Avslutad');
    expect(rows[1]!.textContent).toContain('Implementerad i ordinarie verksamhet');
    expect(rows[2]!.textContent).toContain('Inte uppföljt');

    const users = screen.getByRole('heading', { level: 2, name: 'Organisationer som använder metoden' }).parentElement!;
    expect(within(users).getByRole('heading', { level: 3, name: 'Norrköpings kommun' })).toBeTruthy();
    expect(within(users).getByRole('list', { name: 'Kontakt på Norrköpings kommun' }).textContent).toContain('Erik Berg');
    expect(users.textContent).toContain('Fråga dem');
    expect(users.textContent).toContain('Ingen kontaktperson angiven.');

    // Masked counts are shown as the API gives them.
    const outcomes = screen.getByRole('table', { name: 'Deltagare och utfall, summerat över initiativen' });
    expect(
      within(outcomes)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '12', '<5', '0']);

    // Not signed in: no history; one h1 and h2s after it.
    expect(screen.queryByRole('heading', { name: 'Historik' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
