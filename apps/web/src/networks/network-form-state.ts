import type { NetworkAdmissionCode } from '@portal/shared-domain';
import type { NetworkFormFieldsFragment, NetworkInput } from '../gql/graphql';

export interface NetworkFormState {
  readonly name: string;
  readonly purpose: string;
  readonly level: string;
  readonly kind: string;
  readonly admission: NetworkAdmissionCode;
  readonly parentId: string;
}

export const emptyNetworkForm = (): NetworkFormState => ({ name: '', purpose: '', level: '', kind: '', admission: 'invitation', parentId: '' });

export function networkFormFromNetwork(network: NetworkFormFieldsFragment): NetworkFormState {
  return {
    name: network.name,
    purpose: network.purpose,
    level: network.level,
    kind: network.kind,
    admission: network.admission === 'open' ? 'open' : 'invitation',
    parentId: network.parent?.id ?? '',
  };
}

export function toNetworkInput(state: NetworkFormState): NetworkInput {
  return {
    name: state.name.trim(),
    purpose: state.purpose.trim(),
    level: state.level,
    kind: state.kind,
    admission: state.admission,
    parentId: state.parentId || null,
  };
}

/** Every field path in the order the form shows them. */
export const networkFieldOrder = () => ['name', 'purpose', 'level', 'kind', 'parentId', 'admission'] as const;

/** The API's checks that the form can make before sending (the server's messages win). */
export function networkFormErrors(state: NetworkFormState, texts: { name: string; level: string; kind: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!state.name.trim()) errors['name'] = texts.name;
  if (!state.level) errors['level'] = texts.level;
  if (!state.kind) errors['kind'] = texts.kind;
  return errors;
}

export interface ParentChoice {
  readonly id: string;
  readonly name: string;
  readonly parent?: { readonly id: string } | null | undefined;
}

/** The networks a network may sit under: any but itself and those below it (the API refuses a loop). */
export function parentChoices(networks: readonly ParentChoice[], self: string | undefined): ParentChoice[] {
  if (!self) return [...networks];
  const parentOf = new Map(networks.map((network) => [network.id, network.parent?.id]));
  const isBelowSelf = (id: string): boolean => {
    const seen = new Set<string>();
    for (let current: string | undefined = id; current && !seen.has(current); current = parentOf.get(current)) {
      if (current === self) return true;
      seen.add(current);
    }
    return false;
  };
  return networks.filter((network) => !isBelowSelf(network.id));
}
