import { fireEvent, screen } from '@testing-library/react';
import { mailStopPayload } from '@portal/shared-domain';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, respondWithData, respondWithErrorCode } from '../test/mock-graphql-client';
import { renderApp } from '../test/render-app';

// The page reads the claim without the key; only the API checks the signature.
const TOKEN = `${mailStopPayload({ email: 'kim@example.se', topic: 'follow-up-reminders' })}.c2lnbmF0dXI`;
const path = (query: string) => `/e-post/avsluta?${query}`;

describe('the stop page of a mail', () => {
  it('asks first, then stops the reminders and says so, with focus on the answer', async () => {
    const { client, operations } = mockGraphqlClient(respondWithData({ stopMail: { email: 'kim@example.se', topic: 'follow-up-reminders' } }));
    renderApp({ path: path(`t=${encodeURIComponent(TOKEN)}`), graphqlClient: client });

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Avsluta e-post');
    expect(screen.getByText('Vill du sluta få påminnelser om uppföljningar från Projektkontor Östergötland till kim@example.se?')).toBeTruthy();
    expect(operations).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Ja, avsluta' }));
    const status = await screen.findByText('Klart. Du får inte längre påminnelser om uppföljningar till kim@example.se.');
    expect(status.closest('[role="status"]')).toBe(document.activeElement);
    expect(operations[0]?.variables).toEqual({ token: TOKEN });
    expect(screen.queryByRole('button', { name: 'Ja, avsluta' })).toBeNull();
  });

  it('shows the server’s Swedish message when the link is refused', async () => {
    const { client } = mockGraphqlClient(respondWithErrorCode('BAD_USER_INPUT', 'Länken för att avsluta e-post är ogiltig.'));
    renderApp({ path: path(`t=${encodeURIComponent(TOKEN)}`), graphqlClient: client });
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, avsluta' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Länken för att avsluta e-post är ogiltig.');
  });

  it('says the link is incomplete when the token cannot be read, and offers nothing to click', async () => {
    renderApp({ path: path('t=v1.trasig') });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Länken är ofullständig/);
    expect(screen.queryByRole('button', { name: 'Ja, avsluta' })).toBeNull();
  });

  it('opens in English from an English mail', async () => {
    renderApp({ path: path(`t=${encodeURIComponent(TOKEN)}&sprak=en`) });
    expect(await screen.findByRole('button', { name: 'Yes, stop' })).toBeTruthy();
    expect(screen.getByText('Do you want to stop receiving follow-up reminders from Projektkontor Östergötland at kim@example.se?')).toBeTruthy();
  });
});
