import type { LazyMessages } from './lazy-messages';
import type { Messages } from './sv';

// Makes `t('…')` check its keys against the Swedish messages, and those of the pages that bring
// their texts with them (lazy-messages.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages & LazyMessages };
  }
}
