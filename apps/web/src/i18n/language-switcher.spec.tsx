import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageLoaded, renderApp } from '../test/render-app';
import { en } from './en';
import { LOCALE_STORAGE_KEY, readStoredLocale } from './locale-storage';
import { sv } from './sv';

describe('language switch', () => {
  it('switches the interface to English and back, with the lang attribute and the stored choice', async () => {
    renderApp({ path: '/organisationer' });
    await pageLoaded();
    expect(document.documentElement.lang).toBe('sv');

    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    fireEvent.click(toEnglish);

    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Home' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Organisations');
    await waitFor(() => expect(document.title).toBe('Organisations – Projektkontor Östergötland'));
    expect(screen.queryByText('Huvudmeny')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));

    expect(document.documentElement.lang).toBe('sv');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('sv');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Organisationer – Projektkontor Östergötland'));
  });

  it('starts in the remembered language and falls back to Swedish', () => {
    expect(readStoredLocale()).toBe('sv');
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(readStoredLocale()).toBe('en');
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    expect(readStoredLocale()).toBe('sv');

    renderApp({ locale: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Svenska' })).toBeTruthy();
  });

  it('has an English text for every Swedish one', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en)).toEqual(keys(sv));
    const empty = keys(en).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
