import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app/app-providers';
import { createI18n } from '../../i18n/i18n';
import { mockGraphqlClient, respondNever } from '../../test/mock-graphql-client';
import type { SubmitOutcome } from '../../forms/use-form-submit';
import { InitiativeForm } from './initiative-form';
import { emptyFormState } from './initiative-form-state';

function renderForm(outcome: SubmitOutcome) {
  const onSubmit = vi.fn(() => Promise.resolve(outcome));
  const onSaved = vi.fn();
  const initial = { ...emptyFormState(), title: 'Connect 3', kind: 'pilot' };
  const router = createMemoryRouter([
    {
      path: '/',
      element: <InitiativeForm initial={initial} submitLabel="Spara" onSubmit={onSubmit} onSaved={onSaved} onReloadLatest={() => Promise.resolve()} />,
    },
  ]);
  render(
    <AppProviders i18n={createI18n('sv')} graphqlClient={mockGraphqlClient(respondNever()).client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { onSubmit, onSaved };
}

const failed = (extensions: Record<string, unknown>, message = 'Fel'): SubmitOutcome => ({
  kind: 'failed',
  error: new CombinedError({ graphQLErrors: [{ message, extensions }] }),
});

describe('InitiativeForm', () => {
  it('shows the server’s field errors at their fields and in a focused summary whose links move focus', async () => {
    renderForm(
      failed({
        code: 'BAD_USER_INPUT',
        fieldErrors: { themes: 'Okänt värde för tema.', 'contactPerson.email': 'Ange en giltig e-postadress för kontaktpersonen.' },
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Formuläret innehåller fel' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Ange en giltig e-postadress för kontaktpersonen.', 'Okänt värde för tema.']);

    const email = document.getElementById('initiativ-contactPerson-email')!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('initiativ-contactPerson-email-error initiativ-contactPerson-email-hint');
    fireEvent.click(links[1]!);
    expect(document.activeElement?.id).toBe('initiativ-themes-0');
  });

  it('lists what someone else changed when the save conflicts, and keeps the typed values', async () => {
    renderForm(
      failed({
        code: 'CONFLICT',
        conflict: {
          currentVersion: 2,
          changes: [
            {
              field: 'summary',
              label: 'Kort sammanfattning',
              before: null,
              after: { kind: 'text', text: 'Ny text' },
              actorName: 'Erik Berg',
              changedAt: '2025-03-01T09:30:00.000Z',
            },
          ],
        },
      }),
    );
    fireEvent.change(screen.getByLabelText(/^Titel/), { target: { value: 'Min titel' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Kort sammanfattning: ”tomt” → ”Ny text”');
    expect(alert.textContent).toContain('Ändrat av Erik Berg');
    expect(within(alert).getByRole('button', { name: 'Ladda den senaste versionen' })).toBeTruthy();
    expect((screen.getByLabelText(/^Titel/) as HTMLInputElement).value).toBe('Min titel');
  });

  it('stops an end date before the start date without asking the server', async () => {
    const { onSubmit } = renderForm({ kind: 'saved', id: 'x' });
    fireEvent.change(screen.getByLabelText(/^Startdatum/), { target: { value: '2024-05-02' } });
    fireEvent.change(screen.getByLabelText(/^Slutdatum/), { target: { value: '2024-05-01' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.getElementById('initiativ-endDate-error')?.textContent).toBe('Slutdatum kan inte vara före startdatum.');
  });

  it('hands the input over and reports the saved id', async () => {
    const { onSubmit, onSaved } = renderForm({ kind: 'saved', id: 'ny-id' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ title: 'Connect 3', kind: 'pilot', visibility: 'PRIVATE' }));
    expect(onSaved).toHaveBeenCalledWith('ny-id');
  });
});
