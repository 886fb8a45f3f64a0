import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { SessionContext } from '../auth/session-context';
import { createI18n } from '../i18n/i18n';
import { mockGraphqlClient } from '../test/mock-graphql-client';
import type { SubmitOutcome } from '../forms/use-form-submit';
import { renderWithClient, respondByName } from '../networks/network-test-utils';
import { MaterialForm } from './material-form';
import { emptyMaterialForm, toMaterialInput, toMaterialVersionInput, validateMaterialForm } from './material-form-state';
import { FakeXhr, fileOfSize, signedInSession, stubXhr } from './material-test-utils';
import { MaterialVersionForm } from './material-version-form';

const CHOICES = respondByName({
  MaterialInitiativeChoices: () => ({ initiatives: { edges: [{ node: { id: 'i1', title: 'Jobbspår Linköping' } }] } }),
  MaterialMethodChoices: () => ({ methods: { edges: [] } }),
});

function renderCreateForm(outcome: SubmitOutcome = { kind: 'saved', id: 'ny' }) {
  const onSubmit = vi.fn(() => Promise.resolve(outcome));
  const onSaved = vi.fn();
  renderWithClient(<MaterialForm initial={emptyMaterialForm()} withFiles submitLabel="Spara materialet" onSubmit={onSubmit} onSaved={onSaved} />, CHOICES);
  return { onSubmit, onSaved };
}

const save = (name = 'Spara materialet') =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText(/^Lägg till filer/), { target: { files } });
const uploaded = (id: string, name: string) => ({ id, name, mediaType: 'text/plain', sizeBytes: 4, scanStatus: 'not-scanned' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the material form state', () => {
  it('sends trimmed texts, codes, dates or null, the cycle as a number and the links as ids', () => {
    const input = toMaterialInput({
      ...emptyMaterialForm(),
      title: '  Introduktionsmall ',
      description: '**Fri** att använda.\n',
      kind: 'template',
      visibility: 'network',
      validTo: '2027-06-30',
      reviewCycleMonths: '6',
      responsible: { name: ' Anna Lind ', email: 'anna.lind@linkoping.se ' },
      initiatives: [{ key: 'a', id: 'i1' }],
    });
    expect(input).toMatchObject({
      title: 'Introduktionsmall',
      description: '**Fri** att använda.\n',
      kind: 'template',
      visibility: 'NETWORK',
      validFrom: null,
      validTo: '2027-06-30',
      reviewCycleMonths: 6,
      nextReviewOn: null,
      responsibleName: 'Anna Lind',
      responsibleEmail: 'anna.lind@linkoping.se',
      initiativeIds: ['i1'],
      methodIds: [],
    });
    expect(toMaterialInput({ ...emptyMaterialForm(), reviewCycleMonths: '' }).reviewCycleMonths).toBeNull();
    // A new version lists the kept files first, then the uploads, in order.
    expect(toMaterialVersionInput(['f1', 'f3'], ['n1'], ' Ny bilaga ')).toEqual({ fileIds: ['f1', 'f3', 'n1'], note: 'Ny bilaga' });
  });

  it('checks the title, kind, e-mail, dates and chosen links', () => {
    expect(
      validateMaterialForm({
        ...emptyMaterialForm(),
        responsible: { name: '', email: 'inte-en-adress' },
        validFrom: '2027-01-01',
        validTo: '2026-12-31',
        methods: [{ key: 'm', id: '' }],
      }),
    ).toEqual({
      title: 'titleRequired',
      kind: 'kindRequired',
      'responsible.email': 'emailInvalid',
      validTo: 'validToBeforeFrom',
      'methodIds.0.id': 'methodRequired',
    });
  });
});

describe('MaterialForm', () => {
  it('checks the metadata and that version 1 has a file before sending, in a focused summary', async () => {
    const { onSubmit } = renderCreateForm();
    await save();
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Titeln måste fyllas i.', 'Välj vilken typ av material det är.', 'Lägg till minst en fil.']);
    fireEvent.click(within(summary).getByRole('link', { name: 'Lägg till minst en fil.' }));
    expect(document.activeElement?.id).toBe('material-fileIds');
    expect(document.getElementById('material-fileIds')?.getAttribute('aria-describedby')).toBe('material-fileIds-error material-fileIds-hint');
  });

  it('uploads chosen files with progress, keeps saving off until they are done, and sends them in order with the note', async () => {
    stubXhr();
    const { onSubmit, onSaved } = renderCreateForm();
    fireEvent.change(screen.getByLabelText(/^Titel/), { target: { value: 'Mall för introduktionsplan' } });
    fireEvent.change(screen.getByLabelText(/^Typ av material/), { target: { value: 'template' } });
    choose(new File(['%PDF'], 'mall.pdf'), new File(['text'], 'checklista.txt'));
    expect(FakeXhr.sent.map((request) => request.url)).toEqual(['/api/material-files?name=mall.pdf', '/api/material-files?name=checklista.txt']);

    const progress = screen.getByRole('progressbar', { name: 'Uppladdning av mall.pdf' });
    act(() => FakeXhr.sent[0]!.progress(2, 4));
    expect(progress.getAttribute('value')).toBe('2');
    expect(screen.getByText('Laddar upp … 50 %')).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Spara materialet' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(screen.getByText('Vänta tills uppladdningen är klar innan du sparar.')).toBeTruthy();

    await act(async () => FakeXhr.sent[0]!.respond(201, uploaded('f1', 'mall.pdf')));
    expect(screen.getByText('mall.pdf är uppladdad.')).toBeTruthy();
    await act(async () => FakeXhr.sent[1]!.respond(201, uploaded('f2', 'checklista.txt')));
    expect(submit.disabled).toBe(false);

    fireEvent.change(screen.getByLabelText(/^Ändringsnotering/), { target: { value: 'Första versionen' } });
    await save();
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ title: 'Mall för introduktionsplan', kind: 'template', visibility: 'PRIVATE' }), {
      fileIds: ['f1', 'f2'],
      note: 'Första versionen',
    });
    expect(onSaved).toHaveBeenCalledWith('ny');
  });

  it('shows the server’s refusal of a file, announces it, and lets the user cancel or remove uploads', async () => {
    stubXhr();
    const { onSubmit } = renderCreateForm();
    choose(new File(['MZ'], 'program.exe'), new File(['a'], 'lång.txt'));
    await act(async () => FakeXhr.sent[0]!.respond(400, { error: { code: 'BAD_USER_INPUT', message: 'Filtypen går inte att ladda upp.' } }));
    expect(screen.getByText('Kunde inte laddas upp: Filtypen går inte att ladda upp.')).toBeTruthy();
    expect(document.body.textContent).toContain('program.exe kunde inte laddas upp: Filtypen går inte att ladda upp.');

    fireEvent.click(screen.getByRole('button', { name: 'Avbryt uppladdningen av lång.txt' }));
    expect(FakeXhr.sent[1]!.aborted).toBe(true);
    expect(document.activeElement?.id).toBe('material-fileIds');
    expect(document.body.textContent).toContain('Uppladdningen av lång.txt är avbruten.');

    // A failed file must be removed (or chosen again) before saving.
    fireEvent.change(screen.getByLabelText(/^Titel/), { target: { value: 'Mall' } });
    fireEvent.change(screen.getByLabelText(/^Typ av material/), { target: { value: 'template' } });
    await save();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('En fil kunde inte laddas upp. Ta bort den eller välj den igen.');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort program.exe' }));
    expect(screen.queryByText('program.exe')).toBeNull();
  });

  it('sends the signed-in user’s token and language with an upload, as the GraphQL client does', () => {
    stubXhr();
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <MaterialForm
            initial={emptyMaterialForm()}
            withFiles
            submitLabel="Spara"
            onSubmit={() => Promise.resolve({ kind: 'saved', id: 'x' })}
            onSaved={() => undefined}
          />
        ),
      },
    ]);
    render(
      <SessionContext.Provider value={signedInSession('u7')}>
        <AppProviders i18n={createI18n('en')} graphqlClient={mockGraphqlClient(CHOICES).client}>
          <RouterProvider router={router} />
        </AppProviders>
      </SessionContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText(/^Add files/), { target: { files: [new File(['a'], 'a.txt')] } });
    expect(FakeXhr.sent[0]!.headers).toMatchObject({ authorization: 'Bearer token-of-u7', 'accept-language': 'en' });
  });

  it('refuses a file over 50 MB in the browser, with the server’s wording', async () => {
    stubXhr();
    renderCreateForm();
    choose(fileOfSize('film.pdf', 60 * 1024 * 1024));
    expect(await screen.findByText('Kunde inte laddas upp: Filen är för stor. En fil får vara högst 50 MB; inget har sparats.')).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('puts the server’s field errors on the fields', async () => {
    stubXhr();
    renderCreateForm({
      kind: 'failed',
      error: new CombinedError({
        graphQLErrors: [
          { message: 'Fel', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { fileIds: 'En av filerna finns inte längre. Ladda upp den igen.' } } },
        ],
      }),
    });
    fireEvent.change(screen.getByLabelText(/^Titel/), { target: { value: 'Mall' } });
    fireEvent.change(screen.getByLabelText(/^Typ av material/), { target: { value: 'template' } });
    choose(new File(['a'], 'a.txt'));
    await act(async () => FakeXhr.sent[0]!.respond(201, uploaded('f1', 'a.txt')));
    await save();
    expect(document.getElementById('material-fileIds-error')?.textContent).toBe('En av filerna finns inte längre. Ladda upp den igen.');
  });
});

describe('MaterialVersionForm', () => {
  it('keeps the current files unless unticked, adds the uploads after them and sends the note', async () => {
    stubXhr();
    const onSubmit = vi.fn(() => Promise.resolve<SubmitOutcome>({ kind: 'saved', id: 'm1' }));
    const file = (id: string, name: string) => ({
      id,
      name,
      mediaType: 'text/plain',
      sizeBytes: 2048,
      scanStatus: 'clean',
      available: true,
      previewable: false,
      canRescan: false,
    });
    renderWithClient(
      <MaterialVersionForm current={{ number: 2, files: [file('a', 'plan.txt'), file('b', 'bilaga.txt')] }} onSubmit={onSubmit} onSaved={() => undefined} />,
      CHOICES,
    );
    const group = screen.getByRole('group', { name: 'Filer från version 2' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Behåll bilaga.txt' }));
    choose(new File(['ny'], 'plan-2.txt'));
    await act(async () => FakeXhr.sent[0]!.respond(201, uploaded('n', 'plan-2.txt')));
    fireEvent.change(screen.getByLabelText(/^Ändringsnotering/), { target: { value: 'Bilagan ersatt' } });
    await save('Publicera versionen');
    expect(onSubmit).toHaveBeenCalledWith({ fileIds: ['a', 'n'], note: 'Bilagan ersatt' });

    // Nothing left: the version needs a file.
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Behåll plan.txt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort plan-2.txt' }));
    await save('Publicera versionen');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('Lägg till minst en fil.');
  });
});
