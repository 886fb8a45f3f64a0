import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { PATHS, PRIMARY_NAVIGATION } from '../app/site-map';
import { useOptionalAuth } from '../auth/use-optional-auth';

export function MainNavigation() {
  const { t } = useTranslation();
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  // "Att granska" lives under /material and has a link of its own: only one link is the current page.
  const onMaterialReviews = Boolean(useMatch(PATHS.materialReviews));
  // NavLink sets aria-current="page" on the link to the page being shown.
  return (
    <nav className="main-navigation" aria-label={t('shell.primaryNavigation')}>
      <ul className="main-navigation__list container">
        {PRIMARY_NAVIGATION.map((key) => (
          <li key={key}>
            <NavLink className="main-navigation__link" to={PATHS[key]} end={key === 'start' || (key === 'material' && onMaterialReviews)}>
              {t(`nav.${key}`)}
            </NavLink>
          </li>
        ))}
        {signedIn && (
          <>
            <li>
              <NavLink className="main-navigation__link" to={PATHS.myNetworks}>
                {t('nav.myNetworks')}
              </NavLink>
            </li>
            <li>
              <NavLink className="main-navigation__link" to={PATHS.materialReviews}>
                {t('nav.materialReviews')}
              </NavLink>
            </li>
            <li>
              <NavLink className="main-navigation__link" to={PATHS.myFollowUps}>
                {t('nav.myFollowUps')}
              </NavLink>
            </li>
            <li>
              <NavLink className="main-navigation__link" to={PATHS.myOrganization}>
                {t('nav.myOrganization')}
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
