import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PATHS, PRIMARY_NAVIGATION } from '../app/site-map';

export function MainNavigation() {
  const { t } = useTranslation();
  // NavLink sets aria-current="page" on the link to the page being shown.
  return (
    <nav className="main-navigation" aria-label={t('shell.primaryNavigation')}>
      <ul className="main-navigation__list container">
        {PRIMARY_NAVIGATION.map((key) => (
          <li key={key}>
            <NavLink className="main-navigation__link" to={PATHS[key]} end={key === 'start'}>
              {t(`nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
