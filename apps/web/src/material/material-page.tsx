import { useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MATERIAL_FIELD_LABELS } from '@portal/shared-domain';
import { editMaterialPath, initiativePath, materialPath, methodPath, newMaterialVersionPath, PATHS } from '../app/site-map';
import { useOptionalAuth } from '../auth/use-optional-auth';
import type { MaterialPageQuery } from '../gql/graphql';
import { errorCodeOf, errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { formatInstant, formatLocalDate } from '../networks/network-format';
import { NetworkSharing } from '../networks/network-sharing';
import { Page } from '../shell/page';
import { ChangeHistory } from '../ui/change-history';
import { LazyMarkdown } from '../ui/lazy-markdown';
import { QueryState } from '../ui/query-state';
import { MaterialPreview, MaterialVersionBlock, type PreviewState } from './material-files';
import {
  adaptationNames,
  isFlaggedReviewStatus,
  materialAudienceLabel,
  materialKindLabel,
  materialLanguageLabel,
  materialLicenceLabel,
  themeLabel,
  visibilityLabel,
} from './material-format';
import {
  acknowledgeMaterialOriginalChangeMutation,
  adaptMaterialMutation,
  MATERIAL_CHANGED,
  materialHistoryQuery,
  materialPageQuery,
  markMaterialReviewedMutation,
} from './material-queries';
import { MaterialReviewBadge } from './material-review-badge';
import '../styles/record.css';
import './material.css';
import { useMaterialTranslation } from './material.i18n';

export type MaterialDetail = MaterialPageQuery['material'];

/** Terms under which the API refuses a local variant (NOT_ADAPTABLE there). */
const NOT_ADAPTABLE: ReadonlySet<string> = new Set(['use-as-is', 'internal']);

const HISTORY_ACTIONS = ['created', 'updated', 'version-published', 'adapted', 'reviewed', 'original-change-handled', 'archived', 'restored'] as const;
const isHistoryAction = (action: string): action is (typeof HISTORY_ACTIONS)[number] => (HISTORY_ACTIONS as readonly string[]).includes(action);

function Section({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Who changed the material and its versions, and when; only for signed-in users. */
function MaterialHistory({ id }: { readonly id: string }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: materialHistoryQuery, variables: { id } });
  return (
    <ChangeHistory
      result={{ data: data?.materialHistory, fetching, error }}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      actionLabel={(action) => (isHistoryAction(action) ? t(`material.detail.actions.${action}`) : undefined)}
      fieldLabel={(field) => MATERIAL_FIELD_LABELS[field]?.[locale]}
    />
  );
}

/** "Anpassad från …" and "Anpassningar: Motala kommun, Kinda kommun". */
export function MaterialAdaptationLinks({ material }: { readonly material: MaterialDetail }) {
  const { t } = useMaterialTranslation();
  const names = adaptationNames(material.adaptations);
  return (
    <>
      {material.isAdaptation && (
        <p>
          {material.adaptedFrom ? (
            <>
              <strong>{t('material.detail.adaptedFrom')}:</strong>{' '}
              <Link to={materialPath(material.adaptedFrom.id)}>
                {t('material.detail.adaptedFromOf', { title: material.adaptedFrom.title, organization: material.adaptedFrom.organization.name })}
              </Link>
            </>
          ) : (
            t('material.detail.adaptedFromHidden')
          )}
        </p>
      )}
      {names.length > 0 && (
        <p>
          <strong>{t('material.detail.adaptations')}:</strong> {names.join(', ')}
        </p>
      )}
    </>
  );
}

/** "Originalet har ändrats": the new versions of the original with their notes and files, and "Markera som hanterat". */
export function OriginalChangeAlert({ material, onPreview }: { readonly material: MaterialDetail; readonly onPreview: (preview: PreviewState) => void }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const [, acknowledge] = useMutation(acknowledgeMaterialOriginalChangeMutation);
  const { message, report, ref } = useActionMessage();
  const change = material.originalChange;
  return (
    <>
      <ActionMessage message={message} messageRef={ref} />
      {change && material.canEdit && (
        <section className="alert" aria-labelledby="originalet-andrat-rubrik">
          <h2 id="originalet-andrat-rubrik">{t('material.detail.originalChange.heading')}</h2>
          <p>
            {t('material.detail.originalChange.intro', { title: change.original.title, seen: change.seenVersion, current: change.currentVersion })}{' '}
            <Link to={materialPath(change.original.id)}>{change.original.title}</Link>
          </p>
          {change.newVersions.map((version) => (
            <MaterialVersionBlock key={version.id} version={version} onPreview={onPreview} />
          ))}
          <p>
            <button
              type="button"
              className="button"
              onClick={() =>
                void acknowledge({ id: material.id, version: material.version }, MATERIAL_CHANGED).then((result) =>
                  result.error ? report('error', errorMessageOf(result.error, locale)) : report('ok', t('material.detail.originalChange.handled')),
                )
              }
            >
              {t('material.detail.originalChange.markHandled')}
            </button>
          </p>
        </section>
      )}
    </>
  );
}

/** Validity, cycle and next review, with "Markera som granskat" for the owner. */
export function MaterialReviewSection({ material }: { readonly material: MaterialDetail }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const [, markReviewed] = useMutation(markMaterialReviewedMutation);
  const { message, report, ref } = useActionMessage();
  const date = (value: string | null | undefined) => (value ? formatLocalDate(value, locale) : t('material.detail.notSet'));
  async function reviewed() {
    const result = await markReviewed({ id: material.id, version: material.version }, MATERIAL_CHANGED);
    if (result.error || !result.data) return report('error', result.error ? errorMessageOf(result.error, locale) : '');
    const next = result.data.markMaterialReviewed.nextReviewOn;
    report('ok', next ? t('material.detail.reviewedNext', { date: formatLocalDate(next, locale) }) : t('material.detail.reviewed'));
  }
  return (
    <Section id="granskning" title={t('material.detail.reviewHeading')}>
      <dl className="facts">
        <dt>{t('material.detail.reviewStatus')}</dt>
        <dd>
          <MaterialReviewBadge status={material.reviewStatus} always />
        </dd>
        <dt>{t('material.detail.validFrom')}</dt>
        <dd>{date(material.validFrom)}</dd>
        <dt>{t('material.detail.validTo')}</dt>
        <dd>{date(material.validTo)}</dd>
        <dt>{t('material.detail.reviewCycle')}</dt>
        <dd>{material.reviewCycleMonths ? t('material.detail.reviewCycleMonths', { count: material.reviewCycleMonths }) : t('material.detail.noCycle')}</dd>
        <dt>{t('material.detail.nextReview')}</dt>
        <dd>{date(material.nextReviewOn)}</dd>
        <dt>{t('material.detail.lastReviewed')}</dt>
        <dd>{material.lastReviewedAt ? formatInstant(material.lastReviewedAt, locale, { dateStyle: 'long' }) : t('material.detail.notSet')}</dd>
      </dl>
      <ActionMessage message={message} messageRef={ref} />
      {material.canEdit && !material.archived && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void reviewed()}>
            {t('material.detail.markReviewed')}
          </button>
        </p>
      )}
    </Section>
  );
}

/** "Anpassa för min organisation" for a signed-in reader of another organisation's material. */
function AdaptSection({ material }: { readonly material: MaterialDetail }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [{ fetching }, adapt] = useMutation(adaptMaterialMutation);
  const { message, report, ref } = useActionMessage();
  const allowed = !NOT_ADAPTABLE.has(material.licence);
  async function run() {
    const result = await adapt({ id: material.id }, MATERIAL_CHANGED);
    if (result.error || !result.data) return report('error', result.error ? errorMessageOf(result.error, locale) : '');
    void navigate(materialPath(result.data.adaptMaterial.id));
  }
  return (
    <Section id="anpassa" title={t('material.detail.adapt.heading')}>
      {allowed ? (
        <>
          <p>{t('material.detail.adapt.intro')}</p>
          <ActionMessage message={message} messageRef={ref} />
          <p>
            <button type="button" className="button" onClick={() => void run()}>
              {t('material.detail.adapt.button')}
            </button>{' '}
            <span role="status" className="status">
              {fetching ? t('material.detail.adapt.working') : ''}
            </span>
          </p>
        </>
      ) : (
        <p>{t('material.detail.adapt.notAllowed')}</p>
      )}
    </Section>
  );
}

function MaterialFacts({ material }: { readonly material: MaterialDetail }) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : t('material.detail.none'));
  return (
    <Section id="oversikt" title={t('material.detail.factsHeading')}>
      <dl className="facts">
        <dt>{t('material.detail.kind')}</dt>
        <dd>{materialKindLabel(material.kind, locale)}</dd>
        <dt>{t('material.detail.owner')}</dt>
        <dd>{material.organization.name}</dd>
        <dt>{t('material.detail.responsible')}</dt>
        <dd>
          {material.responsibleName}
          {material.responsibleEmail && (
            <>
              {material.responsibleName && ', '}
              <a href={`mailto:${material.responsibleEmail}`}>{material.responsibleEmail}</a>
            </>
          )}
        </dd>
        <dt>{t('material.detail.audiences')}</dt>
        <dd>{list(material.audiences.map((code) => materialAudienceLabel(code, locale)))}</dd>
        <dt>{t('material.detail.themes')}</dt>
        <dd>{list(material.themes.map((code) => themeLabel(code, locale)))}</dd>
        <dt>{t('material.detail.language')}</dt>
        <dd>{materialLanguageLabel(material.language, locale)}</dd>
        <dt>{t('material.detail.licence')}</dt>
        <dd>{materialLicenceLabel(material.licence, locale)}</dd>
        <dt>{t('material.detail.visibility')}</dt>
        <dd>{visibilityLabel(material.visibility, locale)}</dd>
      </dl>
    </Section>
  );
}

/** The current version's files, then the earlier versions (collapsed), each with its files to download. */
function MaterialVersions({ material, onPreview }: { readonly material: MaterialDetail; readonly onPreview: (preview: PreviewState) => void }) {
  const { t } = useMaterialTranslation();
  const current = material.currentVersion;
  const earlier = material.versions.filter((version) => version.number !== current?.number);
  return (
    <Section id="filer" title={t('material.detail.filesHeading')}>
      {current ? (
        <>
          <p>
            <strong>{t('material.detail.currentVersion', { number: current.number })}</strong>
          </p>
          <MaterialVersionBlock version={current} onPreview={onPreview} />
        </>
      ) : (
        <p>{t('material.detail.noFiles')}</p>
      )}
      {earlier.length > 0 && (
        <details className="material-versions">
          <summary>{t('material.detail.earlierVersions', { count: earlier.length })}</summary>
          {earlier.map((version) => (
            <MaterialVersionBlock key={version.id} version={version} onPreview={onPreview} />
          ))}
        </details>
      )}
    </Section>
  );
}

function MaterialLinks({ material }: { readonly material: MaterialDetail }) {
  const { t } = useMaterialTranslation();
  return (
    <Section id="kopplingar" title={t('material.detail.linksHeading')}>
      <h3>{t('material.detail.initiatives')}</h3>
      {material.initiatives.length === 0 ? (
        <p>{t('material.detail.noInitiatives')}</p>
      ) : (
        <ul>
          {material.initiatives.map((initiative) => (
            <li key={initiative.id}>
              <Link to={initiativePath(initiative.id)}>{initiative.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('material.detail.methods')}</h3>
      {material.methods.length === 0 ? (
        <p>{t('material.detail.noMethods')}</p>
      ) : (
        <ul>
          {material.methods.map((method) => (
            <li key={method.id}>
              <Link to={methodPath(method.id)}>{method.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Everything about one loaded material, in sections under h2 headings. */
export function MaterialBody({ material, signedIn }: { readonly material: MaterialDetail; readonly signedIn: boolean }) {
  const { t } = useMaterialTranslation();
  const [preview, setPreview] = useState<PreviewState | null>(null);
  return (
    <>
      {material.isDemo && <p className="notice">{t('material.detail.demoNotice')}</p>}
      {material.archived && <p className="notice">{t('material.detail.archivedNotice')}</p>}
      {isFlaggedReviewStatus(material.reviewStatus) && (
        <p className="register-item__tags">
          <MaterialReviewBadge status={material.reviewStatus} />
        </p>
      )}
      {material.summary && <p className="lead">{material.summary}</p>}
      <MaterialAdaptationLinks material={material} />
      {material.canEdit && (
        <p>
          <Link className="button" to={editMaterialPath(material.id)}>
            {t('material.detail.edit')}
          </Link>{' '}
          {!material.archived && (
            <Link className="button button--secondary" to={newMaterialVersionPath(material.id)}>
              {t('material.detail.newVersion')}
            </Link>
          )}
        </p>
      )}
      <OriginalChangeAlert material={material} onPreview={setPreview} />
      <MaterialFacts material={material} />
      <Section id="beskrivning" title={t('material.detail.descriptionHeading')}>
        {material.description.trim() ? (
          <LazyMarkdown className="material-markdown" source={material.description} />
        ) : (
          <p className="hint">{t('material.detail.notSet')}</p>
        )}
      </Section>
      <MaterialVersions material={material} onPreview={setPreview} />
      {preview && <MaterialPreview preview={preview} onClose={() => setPreview(null)} />}
      <MaterialReviewSection material={material} />
      {signedIn && !material.canEdit && !material.archived && <AdaptSection material={material} />}
      <MaterialLinks material={material} />
      <NetworkSharing recordKind="material" recordId={material.id} />
      {signedIn && <MaterialHistory id={material.id} />}
    </>
  );
}

/** One material (/material/:id): facts, description, versions and files, review, adaptations, links, sharing, history. */
export function MaterialPage() {
  const { t } = useMaterialTranslation();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const signedIn = Boolean(useOptionalAuth()?.isAuthenticated);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: materialPageQuery, variables: { id } });
  const material = data?.material;
  const back = (
    <p className="material-back">
      <Link to={PATHS.material}>{t('material.detail.backToRegister')}</Link>
    </p>
  );

  if (error && !material && errorCodeOf(error) === 'NOT_FOUND') {
    return (
      <Page title={t('material.detail.notFoundTitle')}>
        <p>{t('material.detail.notFound')}</p>
        {back}
      </Page>
    );
  }

  if (!material) {
    return (
      <Page title={t('material.title')} headingRef={headingRef}>
        <QueryState
          result={{ fetching, error }}
          loading={t('material.detail.loading')}
          onRetry={() => {
            headingRef.current?.focus();
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={material.title}>
      {back}
      <MaterialBody material={material} signedIn={signedIn} />
    </Page>
  );
}
