import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { methodPath } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { ArchiveSection } from '../forms/archive-section';
import { submitOutcome } from '../forms/use-form-submit';
import type { MethodFormFieldsFragment } from '../gql/graphql';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { MethodForm } from './method-form';
import { emptyMethodForm, methodFormFromMethod } from './method-form-state';
import { archiveMethodMutation, createMethodMutation, methodForEditQuery, restoreMethodMutation, updateMethodMutation } from './method-queries';
import './methods.css';
import { useMethodsTranslation } from './methods.i18n';

function CreateMethod() {
  const { t } = useMethodsTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyMethodForm);
  const [, create] = useMutation(createMethodMutation);
  return (
    <MethodForm
      initial={initial}
      submitLabel={t('methods.form.create')}
      onSubmit={async (input) => submitOutcome(await create({ input }), (data) => data.createMethod.id)}
      onSaved={(id) => void navigate(methodPath(id))}
    />
  );
}

/** /metoder/ny: a new method of the active organisation. */
export function CreateMethodPage() {
  const { t } = useMethodsTranslation();
  return (
    <Page title={t('methods.form.createTitle')}>
      <SignedInOrganization signInMessage={t('methods.form.signInNeeded')}>
        <CreateMethod />
      </SignedInOrganization>
    </Page>
  );
}

interface Snapshot {
  readonly method: MethodFormFieldsFragment;
  /** Changes when the form must start over from `method`. */
  readonly nonce: number;
  readonly notice?: string;
}

/** The form for one loaded version; remounted (by key) whenever a new version is loaded. */
function EditForm({ snapshot, onReloadLatest }: { readonly snapshot: Snapshot; readonly onReloadLatest: () => Promise<void> }) {
  const { t } = useMethodsTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => methodFormFromMethod(snapshot.method));
  const [, update] = useMutation(updateMethodMutation);
  const { id, version } = snapshot.method;
  return (
    <MethodForm
      initial={initial}
      methodId={id}
      notice={snapshot.notice}
      submitLabel={t('methods.form.save')}
      onSubmit={async (input) => submitOutcome(await update({ id, version, input }), (data) => data.updateMethod.id)}
      onSaved={(savedId) => void navigate(methodPath(savedId))}
      onReloadLatest={onReloadLatest}
    />
  );
}

function EditMethod({ id }: { readonly id: string }) {
  const [, archive] = useMutation(archiveMethodMutation);
  const [, restore] = useMutation(restoreMethodMutation);
  const { t } = useMethodsTranslation();
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: methodForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [reloadError, setReloadError] = useState<CombinedError | null>(null);

  // The first answer starts the form; later answers (cache refreshes after own mutations) must not replace what is typed.
  if (data && !snapshot) setSnapshot({ method: data.method, nonce: 0 });

  if (!snapshot)
    return <QueryState result={{ fetching, error }} loading={t('methods.form.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const method = snapshot.method;
  const back = (
    <p>
      <Link to={methodPath(method.id)}>
        {t('methods.form.backToMethod')}: {method.name}
      </Link>
    </p>
  );
  if (!method.canEdit) {
    return (
      <>
        <p>{t('methods.form.cannotEdit')}</p>
        {back}
      </>
    );
  }
  const replace = (next: MethodFormFieldsFragment, notice?: string) =>
    setSnapshot((current) => ({ method: next, nonce: (current?.nonce ?? 0) + 1, ...(notice ? { notice } : {}) }));

  async function reloadLatest() {
    const result = await client.query(methodForEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) {
      setReloadError(result.error ?? null);
      return;
    }
    setReloadError(null);
    replace(result.data.method, t('methods.form.reloaded'));
  }

  return (
    <>
      {back}
      {reloadError && <QueryErrorAlert error={reloadError} onRetry={() => void reloadLatest()} />}
      {method.archived ? (
        <div role="status" className="notice">
          <p>{snapshot.notice ?? t('methods.form.archive.archived')}</p>
        </div>
      ) : (
        <EditForm key={snapshot.nonce} snapshot={snapshot} onReloadLatest={reloadLatest} />
      )}
      <ArchiveSection
        archived={method.archived}
        texts={t('methods.form.archive', { returnObjects: true })}
        archive={async () => {
          const result = await archive({ id: method.id });
          return { next: result.data?.archiveMethod, error: result.error };
        }}
        restore={async () => {
          const result = await restore({ id: method.id });
          return { next: result.data?.restoreMethod, error: result.error };
        }}
        onChanged={replace}
      />
    </>
  );
}

/** /metoder/:id/redigera: the owner changes, archives or restores the method. */
export function EditMethodPage() {
  const { t } = useMethodsTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('methods.form.editTitle')}>
      <SignedInOrganization signInMessage={t('methods.form.signInNeeded')}>
        <EditMethod key={id} id={id} />
      </SignedInOrganization>
    </Page>
  );
}
