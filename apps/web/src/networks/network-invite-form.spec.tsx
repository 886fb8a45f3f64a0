import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NetworkInviteForm } from './network-invite-form';
import { callsOf, renderWithClient, respondByName } from './network-test-utils';

const send = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
  });
const type = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const badInput = (fieldErrors: Record<string, string>) => () => ({
  errors: [{ message: 'Fel i inmatningen', extensions: { code: 'BAD_USER_INPUT', fieldErrors } }],
});

describe('the network invite form', () => {
  it('checks the address before sending, with a focused summary and the error tied to the field', async () => {
    const { operations } = renderWithClient(<NetworkInviteForm networkId="n1" onInvited={vi.fn()} />, respondByName({}));
    type('natverksinbjudan-email', 'inte-en-adress');
    await send();
    expect(callsOf(operations, 'InviteNetworkMember')).toEqual([]);
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link').textContent).toBe('Ange en giltig e-postadress, t.ex. namn@kommun.se.');
    const email = document.getElementById('natverksinbjudan-email')!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('natverksinbjudan-email-error');
  });

  it('shows the server’s field errors at their fields', async () => {
    renderWithClient(
      <NetworkInviteForm networkId="n1" onInvited={vi.fn()} />,
      respondByName({
        InviteNetworkMember: badInput({ lastName: 'Efternamnet får vara högst 100 tecken.', role: 'Välj ordförande, sekreterare eller medlem.' }),
      }),
    );
    type('natverksinbjudan-email', 'anna@motala.se');
    await send();
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Efternamnet får vara högst 100 tecken.', 'Välj ordförande, sekreterare eller medlem.']);
    expect(document.getElementById('natverksinbjudan-lastName-error')?.textContent).toBe('Efternamnet får vara högst 100 tecken.');
    expect(document.getElementById('natverksinbjudan-role')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows "already a member" (CONFLICT) at the e-mail field, not as a conflict of versions', async () => {
    renderWithClient(
      <NetworkInviteForm networkId="n1" onInvited={vi.fn()} />,
      respondByName({
        InviteNetworkMember: () => ({ errors: [{ message: 'anna@motala.se är redan medlem i nätverket.', extensions: { code: 'CONFLICT' } }] }),
      }),
    );
    type('natverksinbjudan-email', 'anna@motala.se');
    await send();
    expect(document.getElementById('natverksinbjudan-email-error')?.textContent).toBe('anna@motala.se är redan medlem i nätverket.');
    expect(screen.queryByText('Någon annan har ändrat')).toBeNull();
  });

  it('sends the address, names and role, then empties the form for the next one', async () => {
    const onInvited = vi.fn();
    const { operations } = renderWithClient(
      <NetworkInviteForm networkId="n1" onInvited={onInvited} />,
      respondByName({
        InviteNetworkMember: () => ({
          inviteNetworkMember: {
            __typename: 'NetworkMember',
            id: 'm9',
            userId: 'u9',
            displayName: 'Anna Lind',
            email: 'anna@motala.se',
            role: 'secretary',
            status: 'invited',
            createdAt: '2027-01-01T10:00:00Z',
            organization: null,
          },
        }),
      }),
    );
    type('natverksinbjudan-email', ' anna@motala.se ');
    type('natverksinbjudan-firstName', 'Anna');
    fireEvent.change(screen.getByLabelText('Roll'), { target: { value: 'secretary' } });
    // Swedish to begin with (the chair's language); this invitee reads English.
    expect((screen.getByLabelText('Språk i inbjudan') as HTMLSelectElement).value).toBe('sv');
    fireEvent.change(screen.getByLabelText('Språk i inbjudan'), { target: { value: 'en' } });
    await send();
    expect(callsOf(operations, 'InviteNetworkMember')).toEqual([
      { input: { networkId: 'n1', email: 'anna@motala.se', firstName: 'Anna', lastName: null, role: 'secretary', locale: 'en' } },
    ]);
    expect(onInvited).toHaveBeenCalledWith('anna@motala.se');
    expect((document.getElementById('natverksinbjudan-email') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Roll') as HTMLSelectElement).value).toBe('member');
    expect((screen.getByLabelText('Språk i inbjudan') as HTMLSelectElement).value).toBe('sv');
  });
});
