import { useTranslation } from 'react-i18next';

/** Told as a status, so screen readers hear that the page is on its way. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="status">
      {t('shell.loadingPage')}
    </p>
  );
}
