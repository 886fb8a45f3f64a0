import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initiativePath } from '../../app/site-map';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatSek, kindLabel, statusLabel, themeLabel } from '../shared/initiative-format';
import type { RegisterInitiative } from './export-table';

/** The link's id, so focus can move to the first of newly shown results. */
export const resultLinkId = (id: string) => `initiativ-${id}`;

/** One result (inside the register's <li>): a heading with the title link, then the facts as a description list. */
export function RegisterResultItem({ initiative }: { readonly initiative: RegisterInitiative }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const start = initiative.startDate ? formatDate(initiative.startDate, locale) : '';
  const end = initiative.endDate ? formatDate(initiative.endDate, locale) : '';
  const period = start || end ? t('register.dateRange', { start, end }).trim() : t('register.noDate');
  return (
    <>
      <h3 className="register-item__title">
        <Link id={resultLinkId(initiative.id)} to={initiativePath(initiative.id)}>
          {initiative.title}
        </Link>
      </h3>
      {(initiative.isDemo || initiative.archived) && (
        <p className="register-item__tags">
          {initiative.isDemo && <span className="tag tag--demo">{t('register.demo')}</span>}{' '}
          {initiative.archived && <span className="tag">{t('register.archived')}</span>}
        </p>
      )}
      {initiative.summary && <p className="register-item__summary">{initiative.summary}</p>}
      <dl className="facts register-item__facts">
        <dt>{t('register.owner')}</dt>
        <dd>{initiative.organization.name}</dd>
        <dt>{t('register.status')}</dt>
        <dd>{statusLabel(initiative.status, locale)}</dd>
        <dt>{t('register.kind')}</dt>
        <dd>{kindLabel(initiative.kind, locale)}</dd>
        <dt>{t('register.dates')}</dt>
        <dd>{period}</dd>
        {initiative.themes.length > 0 && (
          <>
            <dt>{t('register.themes')}</dt>
            <dd>{initiative.themes.map((code) => themeLabel(code, locale)).join(', ')}</dd>
          </>
        )}
        {initiative.partners.length > 0 && (
          <>
            <dt>{t('register.partners')}</dt>
            <dd>{initiative.partners.map((partner) => partner.name).join(', ')}</dd>
          </>
        )}
        <dt>{t('register.funding')}</dt>
        <dd>{initiative.totalFundingSek > 0 ? formatSek(initiative.totalFundingSek, locale) : t('register.detail.notSet')}</dd>
      </dl>
    </>
  );
}
