import { useTranslation } from 'react-i18next';
import type { UnbuiltSection } from '../app/site-map';
import { Page } from '../shell/page';

interface SectionPlaceholderPageProps {
  readonly section: UnbuiltSection;
}

/** A section that has its place in the portal but no content yet; says so plainly. */
export function SectionPlaceholderPage({ section }: SectionPlaceholderPageProps) {
  const { t } = useTranslation();
  return (
    <Page title={t(`sections.${section}.title`)}>
      <p className="notice">{t('sections.notBuilt')}</p>
      <p>{t(`sections.${section}.future`)}</p>
    </Page>
  );
}
