import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { conflictOf, fieldForErrorPath, fieldId, focusTargetId, formFieldOrder, placeErrors, serverFieldErrors, summaryItems } from './form-errors';
import { emptyFormState, emptyFundingLine, emptyPartner } from './initiative-form-state';

const withRows = {
  ...emptyFormState(),
  partners: [{ ...emptyPartner(), organization: 'linkoping' }, emptyPartner()],
  fundingLines: [emptyFundingLine()],
};

function graphQLError(extensions: Record<string, unknown>, message = 'Fel') {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('errors on the initiative form', () => {
  it('gives every field path a DOM id and groups a target for focus', () => {
    expect(fieldId('partners.1.name')).toBe('initiativ-partners-1-name');
    expect(focusTargetId('title')).toBe('initiativ-title');
    expect(focusTargetId('themes')).toBe('initiativ-themes-0');
    expect(focusTargetId('partners')).toBe('initiativ-partners-add');
  });

  it('lists the fields in the order they are shown, with the rows there are', () => {
    const order = formFieldOrder(withRows);
    expect(order.slice(0, 3)).toEqual(['title', 'summary', 'description']);
    // A portal organisation has no name field; an external partner has.
    expect(order).toContain('partners.1.name');
    expect(order).not.toContain('partners.0.name');
    expect(order.indexOf('fundingLines.0.amountSek')).toBeGreaterThan(order.indexOf('partners'));
    expect(order.at(-1)).toBe('visibility');
  });

  it('puts each server error on the field the form shows', () => {
    const order = formFieldOrder(withRows);
    expect(fieldForErrorPath('endDate', order)).toBe('endDate');
    expect(fieldForErrorPath('contactPerson', order)).toBe('contactPerson.name');
    expect(fieldForErrorPath('partners.0.name', order)).toBe('partners.0.role');
    expect(fieldForErrorPath('partners.7.name', order)).toBe('partners');
    expect(fieldForErrorPath('participants.0.toWork', order)).toBe('participants');
    expect(fieldForErrorPath('somethingElse', order)).toBeUndefined();
  });

  it('orders the summary as the form, with unplaced messages last', () => {
    const order = formFieldOrder(withRows);
    const placed = placeErrors({ themes: 'Okänt tema', title: 'Titeln måste fyllas i.', 'fundingLines.0.amountSek': 'Belopp', mystery: 'Något annat' }, order);
    expect(summaryItems(placed, order)).toEqual([
      { path: 'title', message: 'Titeln måste fyllas i.' },
      { path: 'fundingLines.0.amountSek', message: 'Belopp' },
      { path: 'themes', message: 'Okänt tema' },
      { path: undefined, message: 'Något annat' },
    ]);
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
          changes: [{ field: 'title', label: 'Titel', before: 'Gammal', after: 'Ny', actorName: 'Erik Berg', changedAt: '2025-01-02T10:00:00.000Z' }, { nonsense: true }],
        },
      },
      'Erik Berg har ändrat insatsen',
    );
    expect(conflictOf(error)).toEqual({
      currentVersion: 4,
      message: 'Erik Berg har ändrat insatsen',
      changes: [{ field: 'title', label: 'Titel', before: 'Gammal', after: 'Ny', actorName: 'Erik Berg', changedAt: '2025-01-02T10:00:00.000Z' }],
    });
    expect(conflictOf(graphQLError({ code: 'BAD_USER_INPUT' }))).toBeUndefined();
  });
});
