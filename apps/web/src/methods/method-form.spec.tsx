import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app/app-providers';
import type { SubmitOutcome } from '../forms/use-form-submit';
import { createI18n } from '../i18n/i18n';
import { mockGraphqlClient, respondNever } from '../test/mock-graphql-client';
import { MethodForm } from './method-form';
import { emptyMethodForm } from './method-form-state';

function renderForm(outcome: SubmitOutcome, initial = { ...emptyMethodForm(), name: 'Språkombud' }) {
  const onSubmit = vi.fn(() => Promise.resolve(outcome));
  const onSaved = vi.fn();
  const router = createMemoryRouter([
    { path: '/', element: <MethodForm initial={initial} submitLabel="Spara" onSubmit={onSubmit} onSaved={onSaved} onReloadLatest={() => Promise.resolve()} /> },
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
const save = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
  });

describe('MethodForm', () => {
  it('checks the name, steps and sources before sending, with a focused summary and errors tied to the fields', async () => {
    const { onSubmit } = renderForm({ kind: 'saved', id: 'x' }, emptyMethodForm());
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till steg' }));
    // Focus moves into the new row.
    expect(document.activeElement?.id).toBe('metod-steps-0-title');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till källa' }));
    fireEvent.change(document.getElementById('metod-evidenceSources-0-url')!, { target: { value: 'ftp://fel' } });
    await save();

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Metodens namn måste fyllas i.',
      'Steget behöver en rubrik.',
      'Källan behöver en titel.',
      'Webbadressen ska börja med https:// eller http://.',
      'Välj typ av källa.',
    ]);
    const name = document.getElementById('metod-name')!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe('metod-name-error metod-name-hint');
    expect(document.getElementById('metod-steps-0-title-error')?.textContent).toBe('Steget behöver en rubrik.');
  });

  it('shows the server’s field errors at their fields, and a list error at its add button', async () => {
    renderForm(failed({ code: 'BAD_USER_INPUT', fieldErrors: { 'contactPerson.email': 'Ange en giltig e-postadress.', evidenceSources: 'Högst 30 källor.' } }));
    await save();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Formuläret innehåller fel' })).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Högst 30 källor.', 'Ange en giltig e-postadress.']);
    expect(document.getElementById('metod-contactPerson-email')?.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(links[0]!);
    expect(document.activeElement?.id).toBe('metod-evidenceSources-add');
  });

  it('lists what someone else changed on CONFLICT and keeps the typed values', async () => {
    renderForm(
      failed({
        code: 'CONFLICT',
        conflict: {
          currentVersion: 4,
          changes: [
            {
              field: 'evidenceLevel',
              label: 'Evidensnivå',
              before: 'promising',
              after: 'proven-experience',
              actorName: 'Erik Berg',
              changedAt: '2025-03-01T09:30:00.000Z',
            },
          ],
        },
      }),
    );
    fireEvent.change(screen.getByLabelText(/^Sammanfattning/), { target: { value: 'Min text' } });
    await save();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Någon annan har ändrat metoden' })).toBeTruthy();
    expect(alert.textContent).toContain('Evidensnivå: ”promising” → ”proven-experience”');
    expect(alert.textContent).toContain('Ändrat av Erik Berg');
    expect(within(alert).getByRole('button', { name: 'Ladda den senaste versionen' })).toBeTruthy();
    expect((screen.getByLabelText(/^Sammanfattning/) as HTMLTextAreaElement).value).toBe('Min text');
  });

  it('hands over the input with steps, sources and the visibility in the API’s form', async () => {
    const { onSubmit, onSaved } = renderForm({ kind: 'saved', id: 'ny-id' });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till steg' }));
    fireEvent.change(document.getElementById('metod-steps-0-title')!, { target: { value: ' Utse ombud ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till källa' }));
    fireEvent.change(document.getElementById('metod-evidenceSources-0-title')!, { target: { value: 'SBU 2020' } });
    fireEvent.change(document.getElementById('metod-evidenceSources-0-kind')!, { target: { value: 'sbu' } });
    fireEvent.change(document.getElementById('metod-evidenceLevel')!, { target: { value: 'evidence-based' } });
    await save();
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Språkombud',
        steps: [{ title: 'Utse ombud', description: '' }],
        evidenceLevel: 'evidence-based',
        evidenceSources: [{ title: 'SBU 2020', url: null, kind: 'sbu' }],
        contactPerson: null,
        visibility: 'REGION',
      }),
    );
    expect(onSaved).toHaveBeenCalledWith('ny-id');
  });
});
