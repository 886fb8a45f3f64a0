import { useTranslation } from 'react-i18next';
import type { Locale } from '@portal/shared-domain';
import type { initiativeFormSv } from '../initiatives/form/initiative-form.i18n';
import type { mailSv } from '../mail/mail.i18n';
import type { materialSv } from '../material/material.i18n';
import type { methodsSv } from '../methods/methods.i18n';
import type { networksSv } from '../networks/networks.i18n';
import type { overlapsSv } from '../overlaps/overlaps.i18n';
import type { regionOverviewSv } from '../region-overview/region-overview.i18n';

/**
 * A feature folder's texts (`<feature>.i18n.ts`, under the folder's key) that its pages bring in
 * their own chunk instead of the entry's sv.ts/en.ts, so they
 * do not weigh on every other page's first load. Types only here; the page adds them with
 * `useLazyMessages` before it renders.
 */
export interface LazyMessages {
  regionOverview: typeof regionOverviewSv;
  methods: typeof methodsSv;
  overlaps: typeof overlapsSv;
  initiativeForm: typeof initiativeFormSv;
  mail: typeof mailSv;
  networks: typeof networksSv;
  material: typeof materialSv;
}

/** Adds a page's texts (per locale, under `key`) to the app's i18next instance, once. */
export function useLazyMessages<K extends keyof LazyMessages>(key: K, texts: Readonly<Record<Locale, LazyMessages[K]>>): void {
  const { i18n } = useTranslation();
  for (const [locale, messages] of Object.entries(texts) as [Locale, LazyMessages[K]][]) {
    if (i18n.getResource(locale, 'translation', key) === undefined) {
      i18n.addResourceBundle(locale, 'translation', { [key]: messages }, true, false);
    }
  }
}

/**
 * A feature folder's `useTranslation`: adds the folder's texts (under `key`) before it returns,
 * so every component of the feature can use them and they travel with its pages.
 */
export function translationWithTexts<K extends keyof LazyMessages>(key: K, texts: Readonly<Record<Locale, LazyMessages[K]>>) {
  return function useFeatureTranslation() {
    useLazyMessages(key, texts);
    return useTranslation();
  };
}
