import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { VISIBILITY_LEVELS, type ShareableKind } from '@portal/shared-domain';
import { editInitiativePath, editMaterialPath, editMethodPath, networkPath, PATHS } from '../app/site-map';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { SelectField } from '../forms/form-fields';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { termLabel } from '../i18n/term-label';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import {
  initiativeSharingQuery,
  materialSharingQuery,
  methodSharingQuery,
  networksQuery,
  shareWithNetworkMutation,
  unshareFromNetworkMutation,
} from './network-queries';
import './networks.css';
import { useNetworksTranslation } from './networks.i18n';

export interface NetworkSharingPanelProps {
  readonly recordKind: ShareableKind;
  readonly recordId: string;
}

// The record's page, the network pages and the lists read the shares; naming the types refreshes them.
const SHARES_CHANGED = { additionalTypenames: ['Initiative', 'Method', 'Material', 'Network', 'NetworkRef', 'NetworkEvent'] };

/** The record as the panel needs it, whichever kind it is. */
function useSharedRecord({ recordKind, recordId }: NetworkSharingPanelProps) {
  const [initiative] = useQuery({ query: initiativeSharingQuery, variables: { id: recordId }, pause: recordKind !== 'initiative' });
  const [method] = useQuery({ query: methodSharingQuery, variables: { id: recordId }, pause: recordKind !== 'method' });
  const [material] = useQuery({ query: materialSharingQuery, variables: { id: recordId }, pause: recordKind !== 'material' });
  switch (recordKind) {
    case 'initiative':
      return initiative.data?.initiative;
    case 'method':
      return method.data?.method;
    case 'material':
      return material.data?.material;
  }
}

const EDIT_PATH: Readonly<Record<ShareableKind, (id: string) => string>> = {
  initiative: editInitiativePath,
  method: editMethodPath,
  material: editMaterialPath,
};

/**
 * "Dela med nätverk" on an initiative's, a method's or a material's page, for its owner organisation: the networks
 * it is shared with (to stop sharing) and a select of my own networks to share with. Says plainly
 * when the record's visibility keeps the networks' members out.
 */
export function NetworkSharingPanel({ recordKind, recordId }: NetworkSharingPanelProps) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const headingId = useId();
  const record = useSharedRecord({ recordKind, recordId });
  const canShare = Boolean(record?.canEdit && !record.archived);
  const [networks] = useQuery({ query: networksQuery, pause: !canShare });
  const [, share] = useMutation(shareWithNetworkMutation);
  const [, unshare] = useMutation(unshareFromNetworkMutation);
  const [networkId, setNetworkId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const { message, report, ref } = useActionMessage();

  if (!record || !canShare) return null;
  const what = t(`networks.sharing.what.${recordKind}`);
  const visibility = record.visibility.toLowerCase();
  const sharedIds = new Set(record.sharedWithNetworks.map((network) => network.id));
  const mine = (networks.data?.networks ?? []).filter((network) => network.myStatus === 'active');
  const options = mine.filter((network) => !sharedIds.has(network.id)).map((network) => ({ value: network.id, label: network.name }));
  const editPath = EDIT_PATH[recordKind](recordId);
  const selectId = 'delning-networkId';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!networkId) {
      flushSync(() => setError(t('networks.sharing.chooseNetwork')));
      document.getElementById(selectId)?.focus();
      return;
    }
    setError(undefined);
    const name = options.find((option) => option.value === networkId)?.label ?? '';
    const result = await share({ input: { networkId, recordKind, recordId } }, SHARES_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    setNetworkId('');
    report('ok', t('networks.sharing.shared', { name }));
  }

  async function stop(network: { readonly id: string; readonly name: string }) {
    const result = await unshare({ input: { networkId: network.id, recordKind, recordId } }, SHARES_CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('networks.sharing.unshared', { name: network.name }));
  }

  return (
    <section className="network-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('networks.sharing.heading')}</h2>
      <p>{t('networks.sharing.intro', { what })}</p>
      {visibility === 'private' && (
        <div className="alert">
          <p>
            {t('networks.sharing.privateWarning', {
              what,
              visibility: termLabel(VISIBILITY_LEVELS, 'private', locale),
              networkVisibility: termLabel(VISIBILITY_LEVELS, 'network', locale),
            })}{' '}
            <Link to={editPath}>{t('networks.sharing.changeVisibility')}</Link>
          </p>
        </div>
      )}
      {(visibility === 'region' || visibility === 'public') && (
        <p className="hint">{t('networks.sharing.wideNotice', { what, visibility: termLabel(VISIBILITY_LEVELS, visibility, locale) })}</p>
      )}
      <ActionMessage message={message} messageRef={ref} />
      <h3>{t('networks.sharing.sharedWithHeading')}</h3>
      {record.sharedWithNetworks.length === 0 ? (
        <p>{t('networks.sharing.empty')}</p>
      ) : (
        <ul className="network-list">
          {record.sharedWithNetworks.map((network) => (
            <li key={network.id} className="network-actions">
              <Link to={networkPath(network.id)}>{network.name}</Link>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('networks.sharing.unshareLabel', { name: network.name })}
                onClick={() => void stop(network)}
              >
                {t('networks.sharing.unshare')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {networks.data && mine.length === 0 && (
        <p>
          {t('networks.sharing.noNetworks')} <Link to={PATHS.networks}>{t('networks.sharing.findNetworks')}</Link>
        </p>
      )}
      {mine.length > 0 && options.length === 0 && <p>{t('networks.sharing.allShared')}</p>}
      {options.length > 0 && (
        <FieldIdPrefix prefix="delning">
          <form noValidate onSubmit={(event) => void submit(event)}>
            <SelectField
              path="networkId"
              label={t('networks.sharing.selectLabel')}
              hint={t('networks.sharing.selectHint')}
              placeholder={t('forms.select')}
              options={options}
              error={error}
              value={networkId}
              onChange={setNetworkId}
            />
            <button type="submit" className="button button--secondary">
              {t('networks.sharing.share')}
            </button>
          </form>
        </FieldIdPrefix>
      )}
    </section>
  );
}
