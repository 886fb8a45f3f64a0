import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { networkPath, PATHS } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { submitOutcome } from '../forms/use-form-submit';
import type { NetworkFormFieldsFragment } from '../gql/graphql';
import { QueryErrorAlert } from '../graphql/query-error-alert';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { NetworkForm } from './network-form';
import { emptyNetworkForm, networkFormFromNetwork, toNetworkInput } from './network-form-state';
import { createNetworkMutation, NETWORK_CHANGED, networkForEditQuery, networksQuery, updateNetworkMutation } from './network-queries';
import './networks.css';
import { useNetworksTranslation } from './networks.i18n';

/** The networks to choose a parent from; the form waits for them, as they are its choices. */
function useParentNetworks() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networksQuery });
  return { networks: data?.networks, fetching, error, retry: () => reexecute({ requestPolicy: 'network-only' }) };
}

function CreateNetwork() {
  const { t } = useNetworksTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyNetworkForm);
  const [, create] = useMutation(createNetworkMutation);
  const parents = useParentNetworks();
  if (!parents.networks) return <QueryState result={parents} loading={t('networks.form.loading')} onRetry={parents.retry} />;
  return (
    <>
      <p>{t('networks.form.createIntro')}</p>
      <NetworkForm
        initial={initial}
        networks={parents.networks}
        submitLabel={t('networks.form.create')}
        onSubmit={async (state) => submitOutcome(await create({ input: toNetworkInput(state) }, NETWORK_CHANGED), (data) => data.createNetwork.id)}
        onSaved={(id) => void navigate(networkPath(id))}
      />
    </>
  );
}

/** /natverk/nytt: a new network hosted by the active organisation, with me as its chair. */
export function CreateNetworkPage() {
  const { t } = useNetworksTranslation();
  return (
    <Page title={t('networks.form.createTitle')}>
      <p className="network-back">
        <Link to={PATHS.networks}>{t('networks.form.backToNetworks')}</Link>
      </p>
      <SignedInOrganization signInMessage={t('networks.form.signInNeeded')}>
        <CreateNetwork />
      </SignedInOrganization>
    </Page>
  );
}

interface Snapshot {
  readonly network: NetworkFormFieldsFragment;
  /** Changes when the form must start over from `network`. */
  readonly nonce: number;
  readonly notice?: string;
}

function EditNetwork({ id }: { readonly id: string }) {
  const { t } = useNetworksTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const [, update] = useMutation(updateNetworkMutation);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: networkForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const parents = useParentNetworks();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [reloadError, setReloadError] = useState<CombinedError | null>(null);

  // The first answer starts the form; later answers (refreshes after own changes) must not replace what is typed.
  if (data && !snapshot) setSnapshot({ network: data.network, nonce: 0 });

  if (!snapshot)
    return <QueryState result={{ fetching, error }} loading={t('networks.form.loading')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!parents.networks) return <QueryState result={parents} loading={t('networks.form.loading')} onRetry={parents.retry} />;
  const network = snapshot.network;
  const back = (
    <p className="network-back">
      <Link to={networkPath(network.id)}>
        {t('networks.form.backToNetwork')}: {network.name}
      </Link>
    </p>
  );
  if (!network.canManage) {
    return (
      <>
        <p>{t('networks.form.cannotEdit')}</p>
        {back}
      </>
    );
  }

  async function reloadLatest() {
    const result = await client.query(networkForEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) {
      setReloadError(result.error ?? null);
      return;
    }
    setReloadError(null);
    const latest = result.data.network;
    setSnapshot((current) => ({ network: latest, nonce: (current?.nonce ?? 0) + 1, notice: t('networks.form.reloaded') }));
  }

  return (
    <>
      {back}
      {reloadError && <QueryErrorAlert error={reloadError} onRetry={() => void reloadLatest()} />}
      <NetworkForm
        key={snapshot.nonce}
        initial={networkFormFromNetwork(network)}
        networkId={network.id}
        networks={parents.networks}
        notice={snapshot.notice}
        submitLabel={t('networks.form.save')}
        onSubmit={async (state) =>
          submitOutcome(
            await update({ id: network.id, version: network.version, input: toNetworkInput(state) }, NETWORK_CHANGED),
            (answer) => answer.updateNetwork.id,
          )
        }
        onSaved={(savedId) => void navigate(networkPath(savedId))}
        onReloadLatest={reloadLatest}
      />
    </>
  );
}

/** /natverk/:id/redigera: a chair changes the network's details. */
export function EditNetworkPage() {
  const { t } = useNetworksTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('networks.form.editTitle')}>
      <SignedInOrganization signInMessage={t('networks.form.signInNeeded')}>
        <EditNetwork key={id} id={id} />
      </SignedInOrganization>
    </Page>
  );
}
