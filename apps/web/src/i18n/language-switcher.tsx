import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from './i18n';
import { storeLocale } from './locale-storage';
import { useLocale } from './use-locale';

export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const locale = useLocale();
  const next = locale === 'sv' ? 'en' : 'sv';

  function switchLanguage() {
    storeLocale(next);
    void i18n.changeLanguage(next);
  }

  // `lang` on the button so a screen reader says "English" with an English voice.
  return (
    <button type="button" className="language-switcher" lang={next} onClick={switchLanguage}>
      {LANGUAGE_NAMES[next]}
    </button>
  );
}
