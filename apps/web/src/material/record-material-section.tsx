import { useQuery } from 'urql';
import type { MaterialListFieldsFragment } from '../gql/graphql';
import { QueryState } from '../ui/query-state';
import { initiativeMaterialQuery, methodMaterialQuery, networkMaterialQuery } from './material-queries';
import { MaterialResultItem } from './material-result-item';
import '../styles/record.css';
import './material.css';
import { useMaterialTranslation } from './material.i18n';

export type MaterialOwnerKind = 'initiative' | 'network' | 'method';

export interface RecordMaterialProps {
  readonly owner: MaterialOwnerKind;
  readonly id: string;
}

const EMPTY = { initiative: 'material.section.emptyInitiative', network: 'material.section.emptyNetwork', method: 'material.section.emptyMethod' } as const;

/** The material of one record, whichever kind it is: one query each, only the one asked for runs. */
function useRecordMaterial({ owner, id }: RecordMaterialProps) {
  const [initiative, reInitiative] = useQuery({ query: initiativeMaterialQuery, variables: { id }, pause: owner !== 'initiative' });
  const [network, reNetwork] = useQuery({ query: networkMaterialQuery, variables: { id }, pause: owner !== 'network' });
  const [method, reMethod] = useQuery({ query: methodMaterialQuery, variables: { id }, pause: owner !== 'method' });
  const [result, reexecute] =
    owner === 'initiative'
      ? [{ ...initiative, data: initiative.data?.initiative.material }, reInitiative]
      : owner === 'network'
        ? [{ ...network, data: network.data?.network.material }, reNetwork]
        : [{ ...method, data: method.data?.method.material }, reMethod];
  return { result, retry: () => reexecute({ requestPolicy: 'network-only' }) };
}

/**
 * "Material" on an initiative's page (what it produced), a network's (what is shared with it) and
 * a method's: each with its review status, so one past its validity is marked here too.
 */
export function RecordMaterialSection(props: RecordMaterialProps) {
  const { t } = useMaterialTranslation();
  const { result, retry } = useRecordMaterial(props);
  const headingId = `${props.owner}-material-rubrik`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('material.section.heading')}</h2>
      <QueryState<readonly MaterialListFieldsFragment[]>
        result={{ data: result.data, fetching: result.fetching, error: result.error }}
        loading={t('material.section.loading')}
        onRetry={retry}
        isEmpty={(materials) => materials.length === 0}
        empty={<p>{t(EMPTY[props.owner])}</p>}
      >
        {(materials) => (
          <ul className="material-list" aria-labelledby={headingId}>
            {materials.map((material) => (
              <li key={material.id}>
                <MaterialResultItem material={material} />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
