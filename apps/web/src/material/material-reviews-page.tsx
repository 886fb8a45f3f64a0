import { Link } from 'react-router';
import { useQuery } from 'urql';
import { materialPath, PATHS } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import type { MaterialReviewsQuery } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { formatLocalDate } from '../networks/network-format';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { materialKindLabel } from './material-format';
import { materialReviewsQuery } from './material-queries';
import { MaterialReviewBadge } from './material-review-badge';
import '../styles/record.css';
import './material.css';
import { useMaterialTranslation } from './material.i18n';

type Reviews = MaterialReviewsQuery['materialReviews'];
type ReviewItem = Reviews['responsible'][number];
type ChangedItem = Reviews['originalChanged'][number];

function ReviewList({ items, empty, headingId }: { readonly items: readonly ReviewItem[]; readonly empty: string; readonly headingId: string }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="material-list" aria-labelledby={headingId}>
      {items.map((material) => (
        <li key={material.id}>
          <h3>
            <Link to={materialPath(material.id)}>{material.title}</Link>
          </h3>
          <p className="register-item__tags">
            <MaterialReviewBadge status={material.reviewStatus} always />
          </p>
          <p className="hint">
            {[
              materialKindLabel(material.kind, locale),
              material.organization.name,
              t('material.reviews.responsible', { name: material.responsibleName }),
              material.nextReviewOn ? t('material.reviews.nextReview', { date: formatLocalDate(material.nextReviewOn, locale) }) : '',
              material.validTo ? t('material.reviews.validTo', { date: formatLocalDate(material.validTo, locale) }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}

function ChangedList({ items, headingId }: { readonly items: readonly ChangedItem[]; readonly headingId: string }) {
  const { t } = useMaterialTranslation();
  if (items.length === 0) return <p>{t('material.reviews.originalChangedEmpty')}</p>;
  return (
    <ul className="material-list" aria-labelledby={headingId}>
      {items.map((material) => (
        <li key={material.id}>
          <h3>
            <Link to={materialPath(material.id)}>{material.title}</Link>
          </h3>
          {material.originalChange && (
            <p>
              {t('material.reviews.original', {
                title: material.originalChange.original.title,
                current: material.originalChange.currentVersion,
                seen: material.originalChange.seenVersion,
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function Reviews() {
  const { t } = useMaterialTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: materialReviewsQuery, requestPolicy: 'cache-and-network' });
  return (
    <QueryState
      result={{ data: data?.materialReviews, fetching, error }}
      loading={t('material.reviews.loading')}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {(reviews) => (
        <>
          <section aria-labelledby="granska-ansvarig">
            <h2 id="granska-ansvarig">{t('material.reviews.responsibleHeading')}</h2>
            <ReviewList items={reviews.responsible} empty={t('material.reviews.responsibleEmpty')} headingId="granska-ansvarig" />
          </section>
          <section aria-labelledby="granska-organisation">
            <h2 id="granska-organisation">{t('material.reviews.organizationHeading')}</h2>
            <ReviewList items={reviews.organization} empty={t('material.reviews.organizationEmpty')} headingId="granska-organisation" />
          </section>
          <section aria-labelledby="granska-original">
            <h2 id="granska-original">{t('material.reviews.originalChangedHeading')}</h2>
            <ChangedList items={reviews.originalChanged} headingId="granska-original" />
          </section>
        </>
      )}
    </QueryState>
  );
}

/** /material/att-granska: overdue reviews for me and my organisation, and adaptations whose original changed. */
export function MaterialReviewsPage() {
  const { t } = useMaterialTranslation();
  return (
    <Page title={t('material.reviews.title')}>
      <p className="material-back">
        <Link to={PATHS.material}>{t('material.detail.backToRegister')}</Link>
      </p>
      <p className="lead">{t('material.reviews.intro')}</p>
      <SignedInOrganization signInMessage={t('material.reviews.signInNeeded')}>
        <Reviews />
      </SignedInOrganization>
    </Page>
  );
}
