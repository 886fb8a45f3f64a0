import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { materialPath } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { ArchiveSection } from '../forms/archive-section';
import { submitOutcome } from '../forms/use-form-submit';
import type { MaterialFormFieldsFragment } from '../gql/graphql';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { MaterialForm } from './material-form';
import { emptyMaterialForm, materialFormFromMaterial } from './material-form-state';
import {
  archiveMaterialMutation,
  createMaterialMutation,
  MATERIAL_CHANGED,
  materialForEditQuery,
  publishMaterialVersionMutation,
  restoreMaterialMutation,
  updateMaterialMutation,
} from './material-queries';
import { MaterialVersionForm } from './material-version-form';
import './material.css';
import { useMaterialTranslation } from './material.i18n';

function CreateMaterial() {
  const { t } = useMaterialTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyMaterialForm);
  const [, create] = useMutation(createMaterialMutation);
  return (
    <MaterialForm
      initial={initial}
      withFiles
      submitLabel={t('material.form.create')}
      onSubmit={async (input, files) => submitOutcome(await create({ input, files }, MATERIAL_CHANGED), (data) => data.createMaterial.id)}
      onSaved={(id) => void navigate(materialPath(id))}
    />
  );
}

/** /material/nytt: a new material of the active organisation, with the files of version 1. */
export function CreateMaterialPage() {
  const { t } = useMaterialTranslation();
  return (
    <Page title={t('material.form.createTitle')}>
      <SignedInOrganization signInMessage={t('material.form.signInNeeded')}>
        <CreateMaterial />
      </SignedInOrganization>
    </Page>
  );
}

interface Snapshot {
  readonly material: MaterialFormFieldsFragment;
  /** Changes when the form must start over from `material`. */
  readonly nonce: number;
  readonly notice?: string;
}

/**
 * The stored material for a form that edits it: the first answer starts the form, later cache
 * refreshes do not replace what is typed; "load the latest version" (CONFLICT) starts it over.
 */
function EditableMaterial({
  id,
  children,
}: {
  readonly id: string;
  readonly children: (props: {
    snapshot: Snapshot;
    reloadLatest: () => Promise<void>;
    replace: (next: MaterialFormFieldsFragment, notice?: string) => void;
  }) => ReactNode;
}) {
  const { t } = useMaterialTranslation();
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: materialForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [reloadError, setReloadError] = useState<CombinedError | null>(null);

  if (data && !snapshot) setSnapshot({ material: data.material, nonce: 0 });

  if (!snapshot)
    return <QueryState result={{ fetching, error }} loading={t('material.form.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const material = snapshot.material;
  const back = (
    <p className="material-back">
      <Link to={materialPath(material.id)}>
        {t('material.form.backToMaterial')}: {material.title}
      </Link>
    </p>
  );
  if (!material.canEdit) {
    return (
      <>
        <p>{t('material.form.cannotEdit')}</p>
        {back}
      </>
    );
  }
  const replace = (next: MaterialFormFieldsFragment, notice?: string) =>
    setSnapshot((current) => ({ material: next, nonce: (current?.nonce ?? 0) + 1, ...(notice ? { notice } : {}) }));

  async function reloadLatest() {
    const result = await client.query(materialForEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) {
      setReloadError(result.error ?? null);
      return;
    }
    setReloadError(null);
    replace(result.data.material, t('material.form.reloaded'));
  }

  return (
    <>
      {back}
      {reloadError && <QueryErrorAlert error={reloadError} onRetry={() => void reloadLatest()} />}
      {children({ snapshot, reloadLatest, replace })}
    </>
  );
}

/** The metadata form for one loaded version; remounted (by key) whenever a new version is loaded. */
function EditForm({ snapshot, onReloadLatest }: { readonly snapshot: Snapshot; readonly onReloadLatest: () => Promise<void> }) {
  const { t } = useMaterialTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => ({ ...materialFormFromMaterial(snapshot.material), note: '', uploadedFileIds: [] }));
  const [, update] = useMutation(updateMaterialMutation);
  const { id, version } = snapshot.material;
  return (
    <MaterialForm
      initial={initial}
      withFiles={false}
      notice={snapshot.notice}
      submitLabel={t('material.form.save')}
      onSubmit={async (input) => submitOutcome(await update({ id, version, input }, MATERIAL_CHANGED), (data) => data.updateMaterial.id)}
      onSaved={(savedId) => void navigate(materialPath(savedId))}
      onReloadLatest={onReloadLatest}
    />
  );
}

function EditMaterial({ id }: { readonly id: string }) {
  const { t } = useMaterialTranslation();
  const [, archive] = useMutation(archiveMaterialMutation);
  const [, restore] = useMutation(restoreMaterialMutation);
  return (
    <EditableMaterial id={id}>
      {({ snapshot, reloadLatest, replace }) => (
        <>
          {snapshot.material.archived ? (
            <div role="status" className="notice">
              <p>{snapshot.notice ?? t('material.form.archive.archived')}</p>
            </div>
          ) : (
            <EditForm key={snapshot.nonce} snapshot={snapshot} onReloadLatest={reloadLatest} />
          )}
          <ArchiveSection
            archived={snapshot.material.archived}
            texts={t('material.form.archive', { returnObjects: true })}
            archive={async () => {
              const result = await archive({ id }, MATERIAL_CHANGED);
              return { next: result.data?.archiveMaterial, error: result.error };
            }}
            restore={async () => {
              const result = await restore({ id }, MATERIAL_CHANGED);
              return { next: result.data?.restoreMaterial, error: result.error };
            }}
            onChanged={replace}
          />
        </>
      )}
    </EditableMaterial>
  );
}

/** /material/:id/redigera: the owner changes the metadata, archives or restores the material. */
export function EditMaterialPage() {
  const { t } = useMaterialTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('material.form.editTitle')}>
      <SignedInOrganization signInMessage={t('material.form.signInNeeded')}>
        <EditMaterial key={id} id={id} />
      </SignedInOrganization>
    </Page>
  );
}

function VersionForm({ snapshot, onReloadLatest }: { readonly snapshot: Snapshot; readonly onReloadLatest: () => Promise<void> }) {
  const navigate = useNavigate();
  const [, publish] = useMutation(publishMaterialVersionMutation);
  const { id, version, currentVersion } = snapshot.material;
  return (
    <MaterialVersionForm
      current={currentVersion ? { number: currentVersion.number, files: currentVersion.files } : null}
      notice={snapshot.notice}
      onSubmit={async (input) => submitOutcome(await publish({ id, version, input }, MATERIAL_CHANGED), (data) => data.publishMaterialVersion.id)}
      onSaved={(savedId) => void navigate(materialPath(savedId))}
      onReloadLatest={onReloadLatest}
    />
  );
}

/** /material/:id/ny-version: the owner publishes a new version (files kept, removed and added, a change note). */
export function NewMaterialVersionPage() {
  const { t } = useMaterialTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('material.form.versionTitle')}>
      <SignedInOrganization signInMessage={t('material.form.signInNeeded')}>
        <EditableMaterial key={id} id={id}>
          {({ snapshot, reloadLatest }) => <VersionForm key={snapshot.nonce} snapshot={snapshot} onReloadLatest={reloadLatest} />}
        </EditableMaterial>
      </SignedInOrganization>
    </Page>
  );
}
