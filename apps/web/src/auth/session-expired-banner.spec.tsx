import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { AuthContextProps } from 'react-oidc-context';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { SessionContext } from './session-context';
import { SessionExpiredBanner } from './session-expired-banner';

function fakeEvents() {
  const handlers: Record<string, Array<() => void>> = {};
  const add = (name: string) => (handler: () => void) => {
    (handlers[name] ??= []).push(handler);
    return () => (handlers[name] = (handlers[name] ?? []).filter((h) => h !== handler));
  };
  return {
    events: { addAccessTokenExpired: add('expired'), addSilentRenewError: add('renewError'), addUserLoaded: add('loaded') },
    fire: (name: string) => act(() => (handlers[name] ?? []).forEach((h) => h())),
  };
}

describe('SessionExpiredBanner', () => {
  it('appears when the token expires or renewal fails, offers sign-in again, and goes away on a new session', () => {
    const { events, fire } = fakeEvents();
    const signinRedirect = vi.fn();
    const auth = { events, signinRedirect } as unknown as AuthContextProps;
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <SessionContext.Provider value={auth}>
          <SessionExpiredBanner />
        </SessionContext.Provider>
      </I18nextProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fire('renewError');
    expect(screen.getByRole('alert').textContent).toContain('Din inloggning har gått ut. Logga in igen för att fortsätta.');
    act(() => screen.getByRole('button', { name: 'Logga in igen' }).click());
    expect(signinRedirect).toHaveBeenCalled();
    fire('loaded');
    expect(screen.queryByRole('alert')).toBeNull();
    fire('expired');
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
