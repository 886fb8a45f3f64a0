import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NetworkSharingPanel } from './network-sharing-panel';
import { callsOf, renderWithClient, respondByName } from './network-test-utils';

const host = { __typename: 'Organization', slug: 'linkoping', name: 'Linköpings kommun' };
const network = (id: string, name: string, myStatus: string | null) => ({
  __typename: 'Network',
  id,
  name,
  purpose: '',
  level: 'regional',
  kind: 'hr',
  admission: 'invitation',
  myStatus,
  myRole: myStatus ? 'member' : null,
  canManage: false,
  memberCount: 0,
  hostOrganization: host,
  parent: null,
});
const NETWORKS = {
  networks: [network('hr', 'HR-chefsnätverket', 'active'), network('arb', 'Arbetsmarknadsnätverket', 'active'), network('ovr', 'Ett annat', null)],
};
const initiative = (visibility: string, canEdit = true) => ({
  initiative: {
    __typename: 'Initiative',
    id: 'i1',
    visibility,
    canEdit,
    archived: false,
    sharedWithNetworks: [{ __typename: 'NetworkRef', id: 'hr', name: 'HR-chefsnätverket' }],
  },
});

describe('the sharing panel', () => {
  it('says plainly that members cannot read a record only the organisation may see, and where to change it', async () => {
    renderWithClient(
      <NetworkSharingPanel recordKind="initiative" recordId="i1" />,
      respondByName({ InitiativeSharing: () => initiative('PRIVATE'), Networks: () => NETWORKS }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Dela med nätverk' });
    expect(
      screen.getByText(
        /Synligheten är ”Bara min organisation”. Nätverkens medlemmar kan inte läsa initiativet förrän synligheten är ”Min organisation och valda nätverk”./,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ändra synligheten' }).getAttribute('href')).toBe('/initiativ/i1/redigera');
  });

  it('lists where it is shared, offers only my other networks, and shares with the one chosen', async () => {
    const { operations } = renderWithClient(
      <NetworkSharingPanel recordKind="initiative" recordId="i1" />,
      respondByName({
        InitiativeSharing: () => initiative('NETWORK'),
        Networks: () => NETWORKS,
        ShareWithNetwork: () => ({
          shareWithNetwork: [
            { __typename: 'NetworkRef', id: 'arb', name: 'Arbetsmarknadsnätverket' },
            { __typename: 'NetworkRef', id: 'hr', name: 'HR-chefsnätverket' },
          ],
        }),
      }),
    );
    const select = await screen.findByLabelText(/^Dela med ett av dina nätverk/);
    expect(screen.queryByText(/förrän synligheten/)).toBeNull();
    expect(screen.getByRole('link', { name: 'HR-chefsnätverket' }).getAttribute('href')).toBe('/natverk/hr');
    expect(screen.getByRole('button', { name: 'Sluta dela med HR-chefsnätverket' })).toBeTruthy();
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Välj …', 'Arbetsmarknadsnätverket']);

    // Nothing chosen: the select says so and takes focus.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dela' }));
    });
    expect(document.activeElement).toBe(select);
    expect(screen.getByText('Välj ett nätverk.')).toBeTruthy();

    fireEvent.change(select, { target: { value: 'arb' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dela' }));
    });
    expect(callsOf(operations, 'ShareWithNetwork')).toEqual([{ input: { networkId: 'arb', recordKind: 'initiative', recordId: 'i1' } }]);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Delat med Arbetsmarknadsnätverket.');
    expect(document.activeElement).toBe(status);
  });

  it('stops sharing with a network', async () => {
    const { operations } = renderWithClient(
      <NetworkSharingPanel recordKind="method" recordId="i1" />,
      respondByName({
        MethodSharing: () => ({ method: { ...initiative('REGION').initiative, __typename: 'Method' } }),
        Networks: () => NETWORKS,
        UnshareFromNetwork: () => ({ unshareFromNetwork: [] }),
      }),
    );
    await screen.findByText(/Synligheten är ”Alla inloggade i regionen”, så nätverkens medlemmar kan redan läsa metoden/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sluta dela med HR-chefsnätverket' }));
    });
    expect(callsOf(operations, 'UnshareFromNetwork')).toEqual([{ input: { networkId: 'hr', recordKind: 'method', recordId: 'i1' } }]);
    expect(screen.getByRole('status').textContent).toBe('Delas inte längre med HR-chefsnätverket.');
  });

  it('shows nothing to someone outside the owner organisation', async () => {
    const { operations } = renderWithClient(
      <NetworkSharingPanel recordKind="initiative" recordId="i1" />,
      respondByName({ InitiativeSharing: () => initiative('NETWORK', false), Networks: () => NETWORKS }),
    );
    await waitFor(() => expect(callsOf(operations, 'InitiativeSharing').length).toBeGreaterThan(0));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(callsOf(operations, 'Networks')).toEqual([]);
  });
});
