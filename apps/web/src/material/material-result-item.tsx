import { Link } from 'react-router';
import { materialPath } from '../app/site-map';
import { useLocale } from '../i18n/use-locale';
import { formatInstant } from '../networks/network-format';
import type { MaterialNode } from './material-export-table';
import { adaptationNames, isFlaggedReviewStatus, materialKindLabel } from './material-format';
import { MaterialReviewBadge } from './material-review-badge';
import { useMaterialTranslation } from './material.i18n';

/** The id of a result's title link, so focus can move to the first of newly shown results. */
export const materialLinkId = (id: string) => `material-${id}`;

/** One material (inside a list's <li>): the title as a heading link, its flags, the summary and the facts. */
export function MaterialResultItem({ material }: { readonly material: MaterialNode }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const version = material.currentVersion;
  const flags = isFlaggedReviewStatus(material.reviewStatus) || material.archived;
  return (
    <>
      <h3 className="register-item__title">
        <Link id={materialLinkId(material.id)} to={materialPath(material.id)}>
          {material.title}
        </Link>
      </h3>
      {flags && (
        <p className="register-item__tags">
          <MaterialReviewBadge status={material.reviewStatus} /> {material.archived && <span className="tag">{t('material.item.archived')}</span>}
        </p>
      )}
      {material.summary && <p className="register-item__summary">{material.summary}</p>}
      <dl className="facts register-item__facts">
        <dt>{t('material.item.kind')}</dt>
        <dd>{materialKindLabel(material.kind, locale)}</dd>
        <dt>{t('material.item.owner')}</dt>
        <dd>{material.organization.name}</dd>
        <dt>{t('material.item.version')}</dt>
        <dd>
          {version
            ? t('material.item.versionOf', { number: version.number, date: formatInstant(version.createdAt, locale, { dateStyle: 'medium' }) })
            : t('material.item.noVersion')}
        </dd>
        {material.adaptations.length > 0 && (
          <>
            <dt>{t('material.item.adaptations')}</dt>
            <dd>{adaptationNames(material.adaptations).join(', ')}</dd>
          </>
        )}
      </dl>
    </>
  );
}
