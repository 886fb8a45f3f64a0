import { act, fireEvent, screen, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { SubmitOutcome } from '../forms/use-form-submit';
import { emptySeries, seriesStateOf, toSeriesInput, type SeriesState } from './meeting-form-state';
import { MeetingSeriesForm } from './meeting-forms';
import { renderWithClient, respondByName } from './network-test-utils';

function renderSeriesForm(outcome: SubmitOutcome = { kind: 'saved', id: 's1' }) {
  const onSubmit = vi.fn((_state: SeriesState) => Promise.resolve(outcome));
  renderWithClient(<MeetingSeriesForm initial={emptySeries()} submitLabel="Planera serien" onSubmit={onSubmit} onSaved={vi.fn()} />, respondByName({}));
  return { onSubmit };
}
const type = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const submit = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Planera serien' }));
  });

describe('the meeting series form', () => {
  it('offers the recurrences that fit the first date, in words, and sends the chosen one', async () => {
    const { onSubmit } = renderSeriesForm();
    expect(screen.getByText('Välj datum för första mötet, så visas de upprepningar som passar.')).toBeTruthy();
    type('serie-title', 'Nätverksträff');
    // 9 March 2027 is the second Tuesday of its month.
    type('serie-firstDate', '2027-03-09');
    type('serie-startTime', '13:00');
    type('serie-endTime', '15:00');
    const group = screen.getByRole('group', { name: /^Hur ofta\?/ });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['Varje vecka på tisdagar', 'Varannan vecka på tisdagar', 'Andra tisdagen varje månad', 'Den 9:e varje månad']);
    fireEvent.click(within(group).getByRole('radio', { name: 'Andra tisdagen varje månad' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Ett visst antal gånger' }));
    type('serie-recurrence-count', '10');
    await submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(toSeriesInput('n1', onSubmit.mock.calls[0]![0])).toMatchObject({
      networkId: 'n1',
      title: 'Nätverksträff',
      firstDate: '2027-03-09',
      startTime: '13:00',
      endTime: '15:00',
      recurrence: { frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 2, monthDay: null, until: null, count: 10 },
    });
  });

  it('checks times, the recurrence and its end before sending, with the errors at their fields', async () => {
    const { onSubmit } = renderSeriesForm();
    type('serie-title', 'Nätverksträff');
    type('serie-firstDate', '2027-03-09');
    type('serie-startTime', '15:00');
    type('serie-endTime', '13:00');
    fireEvent.click(screen.getByRole('radio', { name: 'Till och med ett datum' }));
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Mötet måste sluta efter att det börjar.', 'Välj hur ofta mötet återkommer.']);
    // The group's error leads to its first choice.
    fireEvent.click(within(summary).getByRole('link', { name: 'Välj hur ofta mötet återkommer.' }));
    expect(document.activeElement?.id).toBe('serie-recurrence-0');
  });

  it('puts the server’s recurrence errors on the recurrence and its end date', async () => {
    renderSeriesForm({
      kind: 'failed',
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'Fel',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: { 'recurrence.until': 'Slutdatumet måste vara efter första mötet.', 'recurrence.weekday': 'Välj veckodag.' },
            },
          },
        ],
      }),
    });
    type('serie-title', 'Nätverksträff');
    type('serie-firstDate', '2027-03-09');
    type('serie-startTime', '13:00');
    type('serie-endTime', '15:00');
    fireEvent.click(screen.getByRole('radio', { name: 'Varje vecka på tisdagar' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Till och med ett datum' }));
    type('serie-recurrence-until', '2027-12-31');
    await submit();
    expect(document.getElementById('serie-recurrence-until-error')?.textContent).toBe('Slutdatumet måste vara efter första mötet.');
    expect(screen.getByRole('group', { name: /^Hur ofta\?/ }).textContent).toContain('Välj veckodag.');
  });

  it('opens a stored series filled in, with its recurrence and ending chosen, and sends it back unchanged', async () => {
    const onSubmit = vi.fn((_state: SeriesState) => Promise.resolve<SubmitOutcome>({ kind: 'saved', id: 's1' }));
    const initial = seriesStateOf({
      title: 'Nätverksträff',
      firstDate: '2027-03-09',
      startTime: '13:00',
      endTime: '15:00',
      location: 'Stadshuset',
      onlineUrl: '',
      rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;COUNT=10',
    });
    renderWithClient(
      <MeetingSeriesForm prefix="serie-andra" initial={initial} submitLabel="Spara serien" onSubmit={onSubmit} onSaved={vi.fn()} />,
      respondByName({}),
    );
    expect((document.getElementById('serie-andra-title') as HTMLInputElement).value).toBe('Nätverksträff');
    expect((screen.getByRole('radio', { name: 'Andra tisdagen varje månad' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Ett visst antal gånger' }) as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('serie-andra-recurrence-count') as HTMLInputElement).value).toBe('10');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara serien' }));
    });
    expect(toSeriesInput('n1', onSubmit.mock.calls[0]![0])).toMatchObject({
      location: 'Stadshuset',
      recurrence: { frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 2, monthDay: null, until: null, count: 10 },
    });
  });
});
