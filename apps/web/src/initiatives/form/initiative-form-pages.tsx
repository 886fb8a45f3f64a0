import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { initiativePath } from '../../app/site-map';
import { ArchiveSection } from '../../forms/archive-section';
import { FieldIdPrefix } from '../../forms/field-id-prefix';
import { submitOutcome } from '../../forms/use-form-submit';
import type { InitiativeFormFieldsFragment } from '../../gql/graphql';
import { QueryErrorAlert } from '../../graphql/query-error-alert';
import { Page } from '../../shell/page';
import { QueryState } from '../../ui/query-state';
import { InitiativeForm } from './initiative-form';
import { INITIATIVE_FIELD_PREFIX } from './initiative-form-errors';
import {
  archiveInitiativeMutation,
  createInitiativeMutation,
  initiativeForEditQuery,
  restoreInitiativeMutation,
  updateInitiativeMutation,
} from './initiative-form-queries';
import { emptyFormState, formStateFromInitiative, overlapDraftOf } from './initiative-form-state';
import { RelationsSection } from './relations-section';
import { SignedInOrganization } from '../../auth/signed-in-organization';
import { SimilarInitiativesPanel } from '../../overlaps/similar-initiatives-panel';
import { useInitiativeFormTranslation } from './initiative-form.i18n';

function CreateInitiative() {
  const { t } = useInitiativeFormTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyFormState);
  const [, create] = useMutation(createInitiativeMutation);
  return (
    <InitiativeForm
      initial={initial}
      submitLabel={t('initiativeForm.create')}
      onSubmit={async (input) => submitOutcome(await create({ input }), (data) => data.createInitiative.id)}
      onSaved={(id) => void navigate(initiativePath(id))}
      aside={(state) => <SimilarInitiativesPanel draft={overlapDraftOf(state)} />}
    />
  );
}

export function CreateInitiativePage() {
  const { t } = useInitiativeFormTranslation();
  return (
    <Page title={t('initiativeForm.createTitle')}>
      <SignedInOrganization signInMessage={t('initiativeForm.signInNeeded')}>
        <CreateInitiative />
      </SignedInOrganization>
    </Page>
  );
}

interface Snapshot {
  readonly initiative: InitiativeFormFieldsFragment;
  /** The version a save is based on. */
  readonly version: number;
  /** Changes when the form must start over from `initiative`. */
  readonly nonce: number;
  readonly notice?: string;
}

/** The form for one loaded version; remounted (by key) whenever a new version is loaded. */
function EditForm({ snapshot, onReloadLatest }: { readonly snapshot: Snapshot; readonly onReloadLatest: () => Promise<void> }) {
  const { t } = useInitiativeFormTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => formStateFromInitiative(snapshot.initiative));
  const [, update] = useMutation(updateInitiativeMutation);
  const id = snapshot.initiative.id;
  return (
    <InitiativeForm
      initial={initial}
      notice={snapshot.notice}
      submitLabel={t('initiativeForm.save')}
      onSubmit={async (input) => submitOutcome(await update({ id, version: snapshot.version, input }), (data) => data.updateInitiative.id)}
      onSaved={(savedId) => void navigate(initiativePath(savedId))}
      onReloadLatest={onReloadLatest}
    />
  );
}

function EditInitiative({ id }: { readonly id: string }) {
  const [, archive] = useMutation(archiveInitiativeMutation);
  const [, restore] = useMutation(restoreInitiativeMutation);
  const { t } = useInitiativeFormTranslation();
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: initiativeForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [reloadError, setReloadError] = useState<CombinedError | null>(null);

  // The first answer starts the form (set while rendering, as React advises for derived state);
  // later answers (cache refreshes after own mutations) must not replace what is typed.
  if (data && !snapshot) setSnapshot({ initiative: data.initiative, version: data.initiative.version, nonce: 0 });

  if (!snapshot)
    return <QueryState result={{ fetching, error }} loading={t('initiativeForm.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const initiative = snapshot.initiative;
  const back = (
    <p>
      <Link to={initiativePath(initiative.id)}>
        {t('initiativeForm.backToInitiative')}: {initiative.title}
      </Link>
    </p>
  );
  if (!initiative.canEdit) {
    return (
      <>
        <p>{t('initiativeForm.cannotEdit')}</p>
        {back}
      </>
    );
  }
  const replace = (next: InitiativeFormFieldsFragment, notice?: string) =>
    setSnapshot((current) => ({ initiative: next, version: next.version, nonce: (current?.nonce ?? 0) + 1, ...(notice ? { notice } : {}) }));

  async function reloadLatest() {
    const result = await client.query(initiativeForEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) {
      setReloadError(result.error ?? null);
      return;
    }
    setReloadError(null);
    replace(result.data.initiative, t('initiativeForm.conflict.reloaded'));
  }

  return (
    <>
      {back}
      {reloadError && <QueryErrorAlert error={reloadError} onRetry={() => void reloadLatest()} />}
      {initiative.archived ? (
        <div role="status" className="notice">
          <p>{snapshot.notice ?? t('initiativeForm.archive.archived')}</p>
        </div>
      ) : (
        <EditForm key={snapshot.nonce} snapshot={snapshot} onReloadLatest={reloadLatest} />
      )}
      {!initiative.archived && (
        // Relations do not move the initiative's version, so the open form stays saveable.
        // Its fields keep the initiative form's ids (`initiativ-relation-kind` …).
        <FieldIdPrefix prefix={INITIATIVE_FIELD_PREFIX}>
          <RelationsSection initiativeId={initiative.id} />
        </FieldIdPrefix>
      )}
      <ArchiveSection
        archived={initiative.archived}
        texts={t('initiativeForm.archive', { returnObjects: true })}
        archive={async () => {
          const result = await archive({ id: initiative.id });
          return { next: result.data?.archiveInitiative, error: result.error };
        }}
        restore={async () => {
          const result = await restore({ id: initiative.id });
          return { next: result.data?.restoreInitiative, error: result.error };
        }}
        onChanged={replace}
      />
    </>
  );
}

export function EditInitiativePage() {
  const { t } = useInitiativeFormTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('initiativeForm.editTitle')}>
      <SignedInOrganization signInMessage={t('initiativeForm.signInNeeded')}>
        <EditInitiative key={id} id={id} />
      </SignedInOrganization>
    </Page>
  );
}
