import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue } from 'wonka';
import { makeResult } from 'urql';
import { describe, expect, it } from 'vitest';
import type { InitiativePageDetailQuery } from '../../gql/graphql';
import { mockGraphqlClient, respondWithData, respondWithErrorCode } from '../../test/mock-graphql-client';
import { renderApp } from '../../test/render-app';

const count = (display: string) => ({ display });
const other = (id: string, title: string, startDate: string | null, endDate: string | null = null) => ({ id, title, startDate, endDate });

const INITIATIVE: InitiativePageDetailQuery['initiative'] = {
  id: 'c2',
  title: 'Connect 2 – samverkan på riktigt',
  summary: 'Potentiell personal.',
  description: '# Syfte\n\nAtt **samverka**.',
  visibility: 'REGION',
  kind: 'pre-study',
  status: 'completed',
  startDate: '2021-03-01',
  endDate: '2021-12-31',
  isDemo: true,
  archived: true,
  canEdit: true,
  createdAt: '2021-01-01T00:00:00Z',
  updatedAt: '2021-01-01T00:00:00Z',
  organization: { slug: 'linkoping', name: 'Linköpings kommun' },
  contactPerson: { name: 'Anna Lind', email: 'anna.lind@linkoping.se' },
  projectLeader: null,
  partners: [{ name: 'Tranås kommun', role: 'partner', organization: { slug: 'tranas', name: 'Tranås kommun' } }],
  fundingLines: [{ funderType: 'esf-plus', funderName: '', registryNumber: '2020/00695', programmeArea: 'PO2', amountSek: 400000, status: 'granted' }],
  totalFundingSek: 400000,
  themes: ['validation'],
  targetGroups: ['young-people'],
  occupations: [],
  methods: [],
  methodRefs: [{ id: 'm1', name: 'Supported Employment' }],
  horizontalPrinciples: { genderEquality: 'Könsuppdelad statistik.', nonDiscrimination: '', accessibility: '' },
  participants: [
    {
      period: '2021',
      women: count('7'),
      men: count('<5'),
      otherOrUnknown: count('0'),
      total: count('9'),
      toWork: count('<5'),
      toStudies: count('0'),
      otherOutcome: count('0'),
    },
  ],
  results: '',
  lessonsLearned: '',
  implementationOwner: '',
  implementationPlan: '',
  relations: [
    {
      id: 'r1',
      kind: 'successor-of',
      direction: 'OUTGOING',
      note: 'Modellen',
      canRemove: false,
      addedBy: { slug: 'linkoping', name: 'Linköpings kommun' },
      other: other('c1', 'Connect 1', '2021-02-01', '2021-12-31'),
    },
    // Attached by another organisation to this one: its owner may take it off.
    {
      id: 'r2',
      kind: 'builds-on',
      direction: 'INCOMING',
      note: '',
      canRemove: true,
      addedBy: { slug: 'norrkoping', name: 'Norrköpings kommun' },
      other: other('c3', 'Connect 3', '2022-08-15'),
    },
  ],
  pearlString: { predecessors: [other('c1', 'Connect 1', '2021-02-01', '2021-12-31')], successors: [other('c3', 'Connect 3', '2022-08-15')] },
  followUps: [
    { id: 'f1', milestone: '6-months', dueDate: '2022-06-30', status: null, overdue: true, livesOn: '', ownerNow: '', evidenceUrl: '', recordedAt: null },
    {
      id: 'f2',
      milestone: '1-year',
      dueDate: '2022-12-31',
      status: 'implemented',
      overdue: false,
      livesOn: 'Rutinen',
      ownerNow: 'HR',
      evidenceUrl: 'https://example.se/rapport',
      recordedAt: '2023-01-10T00:00:00Z',
    },
  ],
};

describe('the initiative page', () => {
  it('says in Swedish that the initiative does not exist for NOT_FOUND', async () => {
    const { client } = mockGraphqlClient(respondWithErrorCode('NOT_FOUND'));
    renderApp({ path: '/initiativ/saknas', graphqlClient: client });
    expect(await screen.findByText('Initiativet finns inte, eller så har du inte tillgång till det.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Initiativet finns inte');
  });

  it('shows the fields, notices, relations from both ends, the pearl string and follow-ups', async () => {
    const { client } = mockGraphqlClient(respondWithData({ initiative: INITIATIVE }));
    renderApp({ path: '/initiativ/c2', graphqlClient: client });

    expect(await screen.findByRole('heading', { level: 1, name: INITIATIVE.title })).toBeTruthy();
    await waitFor(() => expect(document.title).toContain(INITIATIVE.title));
    expect(screen.getByText(/^Demodata:/)).toBeTruthy();
    expect(screen.getByText(/^Arkiverad:/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe('/initiativ/c2/redigera');
    expect(screen.getByRole('link', { name: 'anna.lind@linkoping.se' }).getAttribute('href')).toBe('mailto:anna.lind@linkoping.se');
    // The rendered description is checked in Chromium: DOMPurify does not work on happy-dom.
    // The Markdown renderer loads after the page; its chunk must arrive before the test ends.
    await waitFor(() => expect(document.querySelector('.initiative-markdown')?.getAttribute('aria-busy')).toBeNull());
    // So does the material section (its own chunk).
    expect(await screen.findByRole('heading', { level: 2, name: 'Material' })).toBeTruthy();
    expect(screen.getByText('Tranås kommun – Samverkanspart')).toBeTruthy();
    // Methods from the method bank lead to their pages.
    expect(screen.getByRole('link', { name: 'Supported Employment' }).getAttribute('href')).toBe('/metoder/m1');

    const funding = screen.getByRole('table', { name: 'Finansieringsrader' });
    expect(within(funding).getByRole('rowheader', { name: 'ESF+' })).toBeTruthy();
    expect(funding.textContent).toContain('2020/00695');
    expect(funding.textContent).toContain('Beviljad');

    const participants = screen.getByRole('table', { name: 'Deltagare per period, som summor' });
    expect(
      within(participants)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['7', '<5', '0', '9', '<5', '0', '0']);

    const relations = screen.getByRole('heading', { name: 'Relationer till andra initiativ' }).parentElement!;
    expect(relations.textContent).toContain('Efterföljare till: Connect 1');
    expect(relations.textContent).toContain('Byggs vidare av: Connect 3');

    const pearls = within(screen.getByRole('list', { name: 'Pärlbandet' })).getAllByRole('listitem');
    expect(pearls.map((li) => li.textContent)).toEqual(['Connect 1 (2021)', `${INITIATIVE.title} (2021) (det här initiativet)`, 'Connect 3 (2022–)']);
    expect(pearls[1]!.getAttribute('aria-current')).toBe('page');

    const followUps = screen.getByRole('table', { name: 'Uppföljningar efter projektslut' });
    const rows = within(followUps).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Inte gjord – Försenad');
    expect(rows[2]!.textContent).toContain('Implementerad i ordinarie verksamhet');
    expect(rows[2]!.textContent).not.toContain('Försenad');

    // Not signed in: no history is asked for or shown.
    expect(screen.queryByRole('heading', { name: 'Historik' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('says who added each relation, and removes one the organisation may remove after a confirmation', async () => {
    const { client, operations } = mockGraphqlClient((operation) =>
      fromValue(makeResult(operation, { data: operation.kind === 'mutation' ? { removeInitiativeRelation: true } : { initiative: INITIATIVE } })),
    );
    renderApp({ path: '/initiativ/c2', graphqlClient: client });
    const relations = (await screen.findByRole('heading', { name: 'Relationer till andra initiativ' })).parentElement!;
    const items = within(relations).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Tillagd av Linköpings kommun');
    expect(items[1]!.textContent).toContain('Tillagd av Norrköpings kommun');
    // Only where the API says so, and named so a screen reader user knows which relation goes.
    expect(within(items[0]!).queryByRole('button')).toBeNull();
    const button = within(items[1]!).getByRole('button', { name: 'Ta bort relationen ”Byggs vidare av: Connect 3”' });
    expect(button.textContent).toBe('Ta bort relationen');

    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Ta bort relationen?' });
    expect(dialog.textContent).toContain('Relationen ”Byggs vidare av: Connect 3” försvinner från båda initiativen.');
    // Cancelling removes nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(operations.filter((o) => o.kind === 'mutation')).toHaveLength(0);

    fireEvent.click(button);
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Ta bort relationen?' })).getByRole('button', { name: 'Ja, ta bort' }));
    const done = await screen.findByText('Relationen ”Byggs vidare av: Connect 3” är borttagen.');
    expect(done.closest('[role="status"]')).toBe(document.activeElement);
    expect(operations.filter((o) => o.kind === 'mutation').map((o) => o.variables)).toEqual([{ id: 'r2' }]);
  });
  it('links a method from the bank for the owner, and unlinks one, telling what happened', async () => {
    const refs = [
      { id: 'm1', name: 'Supported Employment' },
      { id: 'm2', name: 'Validering' },
    ];
    const { client, operations } = mockGraphqlClient((operation) => {
      const name = operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;
      if (name === 'InitiativeMethodChoices') return fromValue(makeResult(operation, { data: { methods: { edges: refs.map((node) => ({ node })) } } }));
      if (name === 'LinkInitiativeMethod') return fromValue(makeResult(operation, { data: { linkInitiativeMethod: { id: 'c2', methodRefs: refs } } }));
      if (name === 'UnlinkInitiativeMethod') return fromValue(makeResult(operation, { data: { unlinkInitiativeMethod: { id: 'c2', methodRefs: [] } } }));
      return fromValue(makeResult(operation, { data: { initiative: INITIATIVE } }));
    });
    renderApp({ path: '/initiativ/c2', graphqlClient: client });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Metoder från metodbanken' })).parentElement!;
    const select = (await within(section).findByRole('combobox', { name: /^Koppla en metod/ })) as HTMLSelectElement;
    // Only methods not linked yet are offered.
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Välj …', 'Validering']),
    );

    fireEvent.click(within(section).getByRole('button', { name: 'Koppla metoden' }));
    expect(await within(section).findByText('Välj en metod att koppla.')).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(select, { target: { value: 'm2' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Koppla metoden' }));
    const linked = await within(section).findByText('Metoden ”Validering” är kopplad till initiativet.');
    expect(linked.closest('[role="status"]')).toBe(document.activeElement);

    fireEvent.click(within(section).getByRole('button', { name: 'Ta bort kopplingen till ”Supported Employment”' }));
    expect(await within(section).findByText('Kopplingen till ”Supported Employment” är borttagen.')).toBeTruthy();
    expect(operations.filter((o) => o.kind === 'mutation').map((o) => o.variables)).toEqual([
      { initiativeId: 'c2', methodId: 'm2' },
      { initiativeId: 'c2', methodId: 'm1' },
    ]);
  });
});
