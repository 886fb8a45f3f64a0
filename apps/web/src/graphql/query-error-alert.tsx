import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ERROR_MESSAGES } from '@portal/shared-domain';
import { useLocale } from '../i18n/use-locale';
import { errorCodeOf, errorMessageOf } from './error-code';

interface QueryErrorAlertProps {
  readonly error: CombinedError;
  readonly onRetry: () => void;
}

/** A failed request, told in the user's language from the error's code, with a way to retry. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const code = errorCodeOf(error);

  return (
    <div className="alert alert--error" role="alert" data-error-code={code}>
      {/* The code's own text, except that a rate limit says how long to wait. */}
      <p>{code === 'RATE_LIMITED' ? errorMessageOf(error, locale) : ERROR_MESSAGES[code][locale]}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
