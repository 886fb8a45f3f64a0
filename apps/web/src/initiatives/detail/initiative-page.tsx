import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/page';

export function InitiativePage() {
  const { t } = useTranslation();
  return <Page title={t('register.title')}>{null}</Page>;
}
