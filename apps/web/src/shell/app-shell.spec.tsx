import { fireEvent, screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

describe('app shell', () => {
  it('starts with the Swedish skip link and shows the Swedish main menu', async () => {
    renderApp({ path: '/' });

    const skipLink = screen.getByRole('link', { name: 'Hoppa till huvudinnehåll' });
    expect(document.querySelector(FOCUSABLE)).toBe(skipLink);
    expect(skipLink.getAttribute('href')).toBe('#huvudinnehall');

    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Start', 'Initiativ', 'Metoder', 'Nätverk', 'Material', 'Regionöversikt', 'Organisationer']);
    expect(links.filter((link) => link.getAttribute('aria-current') === 'page').map((l) => l.textContent)).toEqual(['Start']);

    expect(screen.getByRole('link', { name: 'Projektkontor Östergötland' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Välkommen till Projektkontor Östergötland');
    await waitFor(() => expect(document.title).toBe('Start – Projektkontor Östergötland'));

    const footerNav = screen.getByRole('navigation', { name: 'Om webbplatsen' });
    expect(within(footerNav).getByRole('link', { name: 'Tillgänglighetsredogörelse' }).getAttribute('href')).toBe('/tillganglighet');
  });

  it('moves focus to the main content from the skip link', () => {
    renderApp({ path: '/' });
    const main = screen.getByRole('main');
    expect(main.id).toBe('huvudinnehall');

    fireEvent.click(screen.getByRole('link', { name: 'Hoppa till huvudinnehåll' }));

    expect(document.activeElement).toBe(main);
  });

  it('on navigation focuses the main content, marks the current link and retitles the page', async () => {
    renderApp({ path: '/' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(document.activeElement).not.toBe(screen.getByRole('main'));

    fireEvent.click(within(nav).getByRole('link', { name: 'Metoder' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Metoder' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    expect(within(nav).getByRole('link', { name: 'Metoder' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Metoder – Projektkontor Östergötland'));
  });

  it('leads to the material register, no longer a placeholder', async () => {
    renderApp({ path: '/material' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Material' })).toBeTruthy();
    expect(screen.getByLabelText('Sök bland material')).toBeTruthy();
    expect(screen.queryByText('Den här delen av portalen är inte byggd ännu.')).toBeNull();
  });

  it('shows "Sidan finns inte" for an unknown address', async () => {
    renderApp({ path: '/finns-inte/alls' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sidan finns inte');
    expect(screen.getByRole('link', { name: 'Gå till startsidan' }).getAttribute('href')).toBe('/');
    await waitFor(() => expect(document.title).toBe('Sidan finns inte – Projektkontor Östergötland'));
  });
});
