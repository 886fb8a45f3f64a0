import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CombinedError, makeResult } from 'urql';
import { fromValue, never } from 'wonka';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { createI18n } from '../i18n/i18n';
import { InitiativeForm } from '../initiatives/form/initiative-form';
import { emptyFormState, type InitiativeFormState } from '../initiatives/form/initiative-form-state';
import type { SubmitOutcome } from '../forms/use-form-submit';
import { mockGraphqlClient } from '../test/mock-graphql-client';

// The picker as the initiative form uses it: texts from the form's i18n, errors from the form kit.

const BANK = [
  { id: 'm-validering', name: 'Validering', organization: { name: 'Region Östergötland' } },
  { id: 'm-valideringsstod', name: 'Valideringsstöd', organization: { name: 'Linköpings kommun' } },
];

function renderForm(initial: Partial<InitiativeFormState> = {}, outcome: SubmitOutcome = { kind: 'saved', id: 'i-1' }) {
  const onSubmit = vi.fn(() => Promise.resolve(outcome));
  // Only the bank search answers: the form's other queries (me, organisations) stay in flight.
  const { client, operations } = mockGraphqlClient((operation) => {
    const search = (operation.variables as { search?: unknown }).search;
    if (typeof search !== 'string') return never;
    const matches = BANK.filter((m) => m.name.toLowerCase().includes(search.toLowerCase()));
    return fromValue(makeResult(operation, { data: { methods: { __typename: 'MethodConnection', edges: matches.map((node) => ({ node })) } } }));
  });
  const state = { ...emptyFormState(), title: 'Connect 3', kind: 'pilot', ...initial };
  const router = createMemoryRouter([
    {
      path: '/',
      element: <InitiativeForm initial={state} submitLabel="Spara" onSubmit={onSubmit} onSaved={vi.fn()} onReloadLatest={() => Promise.resolve()} />,
    },
  ]);
  render(
    <AppProviders i18n={createI18n('sv')} graphqlClient={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const searches = () => operations.filter((o) => typeof (o.variables as { search?: unknown }).search === 'string');
  return { onSubmit, searches };
}

const liveRegion = () => {
  const picker = screen.getByRole('group', { name: 'Metoder ur metodbanken' });
  return within(picker).getByRole('status');
};

describe('MethodPicker', () => {
  it('searches the bank once the typing pauses, adds a method by its button, announces it and keeps focus in the search field', async () => {
    const { onSubmit, searches } = renderForm();
    const search = screen.getByRole('searchbox', { name: 'Sök i metodbanken' });
    expect(screen.getByText('Inga metoder ur metodbanken är valda.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'v' } });
    fireEvent.change(search, { target: { value: 'valid' } });
    const add = await screen.findByRole('button', { name: 'Lägg till Validering' });
    // Debounced: the half-typed "v" was never sent.
    expect(new Set(searches().map((o) => (o.variables as { search: string }).search))).toEqual(new Set(['valid']));
    expect(liveRegion().textContent).toBe('2 metoder hittades.');
    expect(liveRegion().getAttribute('aria-live')).toBe('polite');

    fireEvent.click(add);
    const chosen = screen.getByRole('list', { name: 'Valda metoder' });
    expect(within(chosen).getByRole('button', { name: 'Ta bort Validering' })).toBeTruthy();
    expect(document.activeElement).toBe(search);
    expect(liveRegion().textContent).toBe('Validering är tillagd.');
    // Chosen already: no second add button for it.
    expect(screen.queryByRole('button', { name: 'Lägg till Validering' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Träffar i metodbanken' })).getByText('(redan vald)')).toBeTruthy();

    // Enter in the search field does not submit the form.
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ methodIds: ['m-validering'], methods: [] }));
  });

  it('removes a chosen method, announces it and moves focus to the next one, or to the search field after the last', () => {
    renderForm({
      methodRefs: [
        { id: 'm-a', name: 'Arbetsträning' },
        { id: 'm-b', name: 'Jobbspår' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Arbetsträning' }));
    expect(liveRegion().textContent).toBe('Arbetsträning är borttagen.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ta bort Jobbspår' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Jobbspår' }));
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Sök i metodbanken' }));
    expect(screen.getByText('Inga metoder ur metodbanken är valda.')).toBeTruthy();
  });

  it('says so when nothing matches', async () => {
    renderForm();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök i metodbanken' }), { target: { value: 'finns inte' } });
    // Shown below the field, and said by the live region.
    expect(await screen.findAllByText('Ingen metod i metodbanken matchar ”finns inte”.')).toHaveLength(2);
    expect(liveRegion().textContent).toBe('Ingen metod i metodbanken matchar ”finns inte”.');
  });

  it('shows a server error on methodIds.<index> at that method, and the summary link moves focus to its button', async () => {
    const message = 'Metoden finns inte i metodbanken, eller så har du inte tillgång till den.';
    renderForm(
      { methodRefs: [{ id: 'm-a', name: 'Arbetsträning' }] },
      {
        kind: 'failed',
        error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', fieldErrors: { 'methodIds.0': message } } }] }),
      },
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    const summary = screen.getByRole('alert');
    const link = within(summary).getByRole('link', { name: message });
    const remove = screen.getByRole('button', { name: 'Ta bort Arbetsträning' });
    expect(remove.getAttribute('aria-describedby')).toBe('initiativ-methodIds-0-error');
    expect(document.getElementById('initiativ-methodIds-0-error')?.textContent).toBe(message);
    fireEvent.click(link);
    expect(document.activeElement).toBe(remove);
  });
});
