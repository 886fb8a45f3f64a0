import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/page';

export function CreateInitiativePage() {
  const { t } = useTranslation();
  return <Page title={t('initiativeForm.createTitle')}>{null}</Page>;
}

export function EditInitiativePage() {
  const { t } = useTranslation();
  return <Page title={t('initiativeForm.editTitle')}>{null}</Page>;
}
