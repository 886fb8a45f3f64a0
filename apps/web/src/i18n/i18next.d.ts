import type { Messages } from './sv';

// Makes `t('…')` check its keys against the Swedish messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
