import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PATHS } from '../app/site-map';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{t('site.name')}</p>
        <p>{t('shell.footerText')}</p>
        <nav aria-label={t('shell.footerNavigation')}>
          <ul className="site-footer__links">
            <li>
              <NavLink to={PATHS.accessibility}>{t('nav.accessibility')}</NavLink>
            </li>
            <li>
              <NavLink to={PATHS.about}>{t('nav.about')}</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
