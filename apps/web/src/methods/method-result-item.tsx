import { Link } from 'react-router';
import { methodPath } from '../app/site-map';
import { useLocale } from '../i18n/use-locale';
import type { MethodNode } from './method-export-table';
import { evidenceLevelLabel, themeLabel } from './method-format';
import { useMethodsTranslation } from './methods.i18n';

/** The id of a result's title link, so focus can move to the first of newly shown results. */
export const methodLinkId = (id: string) => `metod-${id}`;

/** One result (inside the register's <li>): the name as a heading link, the summary, then the facts. */
export function MethodResultItem({ method }: { readonly method: MethodNode }) {
  const { t } = useMethodsTranslation();
  const locale = useLocale();
  return (
    <>
      <h3 className="register-item__title">
        <Link id={methodLinkId(method.id)} to={methodPath(method.id)}>
          {method.name}
        </Link>
      </h3>
      {method.archived && (
        <p className="register-item__tags">
          <span className="tag">{t('methods.archived')}</span>
        </p>
      )}
      {method.summary && <p className="register-item__summary">{method.summary}</p>}
      <dl className="facts register-item__facts">
        <dt>{t('methods.evidenceLevel')}</dt>
        <dd>{method.evidenceLevel ? evidenceLevelLabel(method.evidenceLevel, locale) : t('methods.detail.notSet')}</dd>
        <dt>{t('methods.owner')}</dt>
        <dd>{method.organization.name}</dd>
        {method.themes.length > 0 && (
          <>
            <dt>{t('methods.themes')}</dt>
            <dd>{method.themes.map((code) => themeLabel(code, locale)).join(', ')}</dd>
          </>
        )}
      </dl>
    </>
  );
}
