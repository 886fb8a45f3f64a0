import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageLoaded, renderApp } from '../test/render-app';

describe('the networks page', () => {
  it('is built now: says who it is for and asks to sign in, in Swedish and in English', async () => {
    renderApp({ path: '/natverk' });
    await pageLoaded();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nätverk');
    expect(screen.getByText('Logga in för att se regionens nätverk, gå med i dem och skapa nya.')).toBeTruthy();
    expect(screen.queryByText('Den här delen av portalen är inte byggd ännu.')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Nätverk – Projektkontor Östergötland'));
  });

  it('has the same page in English', async () => {
    renderApp({ path: '/natverk', locale: 'en' });
    await pageLoaded();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Networks');
    expect(screen.getByText('Sign in to see the networks of the region, join them and create new ones.')).toBeTruthy();
  });
});
