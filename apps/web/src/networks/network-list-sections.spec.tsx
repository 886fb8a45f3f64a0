import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyNetworksSection, NetworkInvitationsSection, NetworkTreeSection, type NetworkListItem } from './network-list-sections';
import { callsOf, renderWithClient, respondByName } from './network-test-utils';
import { networkTree } from './network-tree';

const host = { slug: 'motala', name: 'Motala kommun' };
const network = (id: string, name: string, extra: Partial<NetworkListItem> = {}): NetworkListItem => ({
  id,
  name,
  purpose: '',
  level: 'regional',
  kind: 'hr',
  admission: 'invitation',
  myStatus: null,
  myRole: null,
  canManage: false,
  memberCount: 0,
  hostOrganization: host,
  parent: null,
  ...extra,
});

const NETWORKS: NetworkListItem[] = [
  network('arb', 'Arbetsmarknadschefernas nätverk', { kind: 'labour-market', admission: 'open' }),
  network('hr', 'HR-chefsnätverket', { myStatus: 'active', myRole: 'chair', canManage: true, memberCount: 4 }),
  network('vast', 'Kluster västra länet', { level: 'subregional', parent: { id: 'hr', name: 'HR-chefsnätverket' }, myStatus: 'invited', myRole: 'secretary' }),
  network('motala', 'Arbetsgrupp Motala', { level: 'local', admission: 'open', parent: { id: 'vast', name: 'Kluster västra länet' } }),
];

describe('networkTree', () => {
  it('puts clusters under their regional network and groups under their cluster, in the order given', () => {
    const tree = networkTree(NETWORKS);
    expect(tree.map((node) => node.network.id)).toEqual(['arb', 'hr']);
    expect(tree[1]!.children.map((node) => node.network.id)).toEqual(['vast']);
    expect(tree[1]!.children[0]!.children.map((node) => node.network.id)).toEqual(['motala']);
  });

  it('shows a network whose parent is not in the list at the top, and does not lose a loop of parents', () => {
    const tree = networkTree([
      { id: 'a', parent: { id: 'gone' } },
      { id: 'b', parent: { id: 'c' } },
      { id: 'c', parent: { id: 'b' } },
    ]);
    expect(tree.map((node) => node.network.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('the network tree', () => {
  it('is a nested list under headings one level deeper per level, with level, kind, host and membership', () => {
    renderWithClient(<NetworkTreeSection networks={NETWORKS} />, respondByName({}));
    const top = screen.getByRole('list', { name: 'Alla nätverk' });
    expect(screen.getByRole('heading', { level: 3, name: 'HR-chefsnätverket' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Kluster västra länet' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 5, name: 'Arbetsgrupp Motala' })).toBeTruthy();
    const below = within(top).getByRole('list', { name: 'Nätverk under HR-chefsnätverket' });
    expect(within(below).getByRole('link', { name: 'Kluster västra länet' }).getAttribute('href')).toBe('/natverk/vast');
    const hr = screen.getByRole('heading', { level: 3, name: 'HR-chefsnätverket' }).closest('li')!;
    const hrOwn = hr.querySelector('dl')!.textContent;
    expect(hrOwn).toContain('Regionalt');
    expect(hrOwn).toContain('HR');
    expect(hrOwn).toContain('Motala kommun');
    expect(hrOwn).toContain('Slutet: genom inbjudan');
    expect(within(hr).getByText('Du är medlem (Ordförande).')).toBeTruthy();
  });

  it('offers to ask to join only open networks I am not in, and says the request is sent', async () => {
    const { operations } = renderWithClient(
      <NetworkTreeSection networks={NETWORKS} />,
      respondByName({ RequestToJoinNetwork: ({ networkId }) => ({ requestToJoinNetwork: { __typename: 'Network', id: networkId, myStatus: 'requested' } }) }),
    );
    const buttons = screen.getAllByRole('button', { name: /^Ansök om medlemskap/ });
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Ansök om medlemskap i Arbetsmarknadschefernas nätverk',
      'Ansök om medlemskap i Arbetsgrupp Motala',
    ]);
    await act(async () => {
      fireEvent.click(buttons[1]!);
    });
    expect(callsOf(operations, 'RequestToJoinNetwork')).toEqual([{ networkId: 'motala' }]);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Din ansökan om medlemskap i Arbetsgrupp Motala är skickad. En ordförande svarar.');
    expect(document.activeElement).toBe(status);
  });

  it('says so when there are no networks', () => {
    renderWithClient(<NetworkTreeSection networks={[]} />, respondByName({}));
    expect(screen.getByText('Det finns inga nätverk ännu.')).toBeTruthy();
  });
});

describe('my networks and my invitations', () => {
  it('lists only the networks I am active in, with my role', () => {
    renderWithClient(<MyNetworksSection networks={NETWORKS} heading="Mina nätverk" empty="Inga" />, respondByName({}));
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['HR-chefsnätverket']);
    expect(within(list).getByText('Din roll: Ordförande')).toBeTruthy();
  });

  it('accepts an invitation and tells the outcome in a focused status message', async () => {
    const { operations } = renderWithClient(
      <NetworkInvitationsSection networks={NETWORKS} />,
      respondByName({
        RespondToNetworkInvitation: ({ networkId }) => ({
          respondToNetworkInvitation: { __typename: 'Network', id: networkId, myStatus: 'active', myRole: 'secretary' },
        }),
      }),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Inbjudningar till nätverk' })).toBeTruthy();
    expect(screen.getByText(/som sekreterare/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tacka nej till Kluster västra länet' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tacka ja till Kluster västra länet' }));
    });
    expect(callsOf(operations, 'RespondToNetworkInvitation')).toEqual([{ networkId: 'vast', accept: true }]);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Du är nu medlem i Kluster västra länet.');
    expect(document.activeElement).toBe(status);
  });

  it('shows nothing when there are no invitations', () => {
    renderWithClient(<NetworkInvitationsSection networks={NETWORKS.filter((n) => n.myStatus !== 'invited')} />, respondByName({}));
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
