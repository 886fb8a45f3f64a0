import { describe, expect, it } from 'vitest';
import { fieldForErrorPath } from '../../forms/form-errors';
import { fieldId, focusTargetId, formFieldOrder } from './initiative-form-errors';
import { emptyFormState, emptyFundingLine, emptyPartner } from './initiative-form-state';

const withRows = {
  ...emptyFormState(),
  partners: [{ ...emptyPartner(), organization: 'linkoping' }, emptyPartner()],
  fundingLines: [emptyFundingLine()],
};

describe('where errors go on the initiative form', () => {
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

  it('puts the server’s errors on fields the form shows', () => {
    const order = formFieldOrder(withRows);
    expect(fieldForErrorPath('contactPerson', order)).toBe('contactPerson.name');
    expect(fieldForErrorPath('partners.0.name', order)).toBe('partners.0.role');
    expect(fieldForErrorPath('partners.7.name', order)).toBe('partners');
    expect(fieldForErrorPath('participants.0.toWork', order)).toBe('participants');
  });
});
