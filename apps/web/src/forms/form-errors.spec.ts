import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { conflictOf, fieldForErrorPath, placeErrors, serverFieldErrors, summaryItems } from './form-errors';
import { fieldIdOf } from './field-id-prefix';

// A form with one person and a list of two partners, the first a portal organisation (no name field).
const ORDER = ['title', 'endDate', 'contactPerson.name', 'contactPerson.email', 'partners.0.role', 'partners.1.role', 'partners.1.name', 'partners', 'themes'];

function graphQLError(extensions: Record<string, unknown>, message = 'Fel') {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('errors on a form', () => {
  it('gives every field path a DOM id under the form’s prefix', () => {
    expect(fieldIdOf('metod', 'partners.1.name')).toBe('metod-partners-1-name');
  });

  it('puts each error on the field the form shows, or the nearest one above it', () => {
    expect(fieldForErrorPath('endDate', ORDER)).toBe('endDate');
    expect(fieldForErrorPath('contactPerson', ORDER)).toBe('contactPerson.name');
    expect(fieldForErrorPath('partners.0.name', ORDER)).toBe('partners.0.role');
    expect(fieldForErrorPath('partners.7.name', ORDER)).toBe('partners');
    expect(fieldForErrorPath('somethingElse', ORDER)).toBeUndefined();
  });

  it('orders the summary as the form, with unplaced messages last, and joins two messages on one field', () => {
    const placed = placeErrors(
      { themes: 'Okänt tema', title: 'Titeln måste fyllas i.', 'partners.1.name': 'Namn', 'partners.1': 'Rad', mystery: 'Något annat' },
      ORDER,
    );
    expect(summaryItems(placed, ORDER)).toEqual([
      { path: 'title', message: 'Titeln måste fyllas i.' },
      { path: 'partners.1.role', message: 'Rad' },
      { path: 'partners.1.name', message: 'Namn' },
      { path: 'themes', message: 'Okänt tema' },
      { path: undefined, message: 'Något annat' },
    ]);
    expect(placeErrors({ 'contactPerson.name': 'A.', contactPerson: 'B.' }, ORDER).byField['contactPerson.name']).toBe('A. B.');
  });

  it('reads fieldErrors of a BAD_USER_INPUT answer, ignoring what is not text', () => {
    const error = graphQLError({ code: 'BAD_USER_INPUT', fieldErrors: { endDate: 'Slutdatum kan inte vara före startdatum.', odd: 3 } });
    expect(serverFieldErrors(error)).toEqual({ endDate: 'Slutdatum kan inte vara före startdatum.' });
    expect(serverFieldErrors(graphQLError({ code: 'INTERNAL' }))).toEqual({});
    expect(serverFieldErrors(undefined)).toEqual({});
  });

  it('reads what others changed from a CONFLICT answer', () => {
    const error = graphQLError(
      {
        code: 'CONFLICT',
        conflict: {
          currentVersion: 4,
          changes: [
            {
              field: 'title',
              label: 'Titel',
              before: { kind: 'text', text: 'Gammal' },
              after: { kind: 'text', text: 'Ny' },
              actorName: 'Erik Berg',
              changedAt: '2025-01-02T10:00:00.000Z',
            },
            {
              field: 'status',
              label: 'Status',
              before: 'från en äldre server',
              after: { kind: 'code', list: 'lifecycle-status', codes: ['completed'] },
              actorName: 'Erik Berg',
              changedAt: '2025-01-02T10:00:00.000Z',
            },
            { nonsense: true },
          ],
        },
      },
      'Erik Berg har ändrat insatsen',
    );
    expect(conflictOf(error)).toEqual({
      currentVersion: 4,
      message: 'Erik Berg har ändrat insatsen',
      changes: [
        {
          field: 'title',
          label: 'Titel',
          before: { kind: 'text', text: 'Gammal' },
          after: { kind: 'text', text: 'Ny' },
          actorName: 'Erik Berg',
          changedAt: '2025-01-02T10:00:00.000Z',
        },
        {
          field: 'status',
          label: 'Status',
          before: { kind: 'text', text: 'från en äldre server' },
          after: { kind: 'code', list: 'lifecycle-status', codes: ['completed'] },
          actorName: 'Erik Berg',
          changedAt: '2025-01-02T10:00:00.000Z',
        },
      ],
    });
    expect(conflictOf(graphQLError({ code: 'BAD_USER_INPUT' }))).toBeUndefined();
  });
});
