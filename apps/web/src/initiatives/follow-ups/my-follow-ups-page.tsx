import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/page';

export function MyFollowUpsPage() {
  const { t } = useTranslation();
  return <Page title={t('initiativeForm.followUpsTitle')}>{null}</Page>;
}
