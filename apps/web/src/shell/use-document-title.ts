import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> – Projektkontor Östergötland"; screen readers announce it first. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const siteName = t('site.name');
  useEffect(() => {
    document.title = `${pageTitle} – ${siteName}`;
  }, [pageTitle, siteName]);
}
