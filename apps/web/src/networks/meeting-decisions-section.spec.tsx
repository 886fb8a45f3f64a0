import { act, fireEvent, screen, within } from '@testing-library/react';
import { useQuery } from 'urql';
import { describe, expect, it } from 'vitest';
import type { MeetingPageQuery } from '../gql/graphql';
import { MeetingActionItemsSection, MeetingDecisionsSection } from './meeting-decisions-section';
import { meetingPageQuery } from './meeting-queries';
import { callsOf, operationName, renderWithClient, respondByName, type Answer } from './network-test-utils';

type Meeting = MeetingPageQuery['meeting'];

const decision = {
  __typename: 'NetworkDecision',
  id: 'd1',
  meetingId: 'm1',
  label: '2027:1',
  decidedOn: '2027-03-09',
  text: 'Nätverket tar fram en introduktion.',
  responsible: 'Anna',
} as const;

const actionItem = {
  __typename: 'ActionItem',
  id: 'a1',
  meetingId: 'm1',
  title: 'Skriva introduktionen',
  ownerName: 'Anna',
  ownerUserId: null,
  dueDate: '2027-04-01',
  status: 'open',
  doneAt: null,
  version: 3,
  canUpdate: true,
} as const;

// Only what the sections read.
const meeting = {
  id: 'm1',
  networkId: 'n1',
  canPlan: true,
  status: 'held',
  decisions: [decision],
  actionItems: [actionItem],
  carriedActionItems: [],
} as unknown as Meeting;

const type = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const click = (name: string) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('changing a decision', () => {
  it('opens the form prefilled, sends the new text and returns focus to its "Ändra"', async () => {
    const { operations } = renderWithClient(
      <MeetingDecisionsSection meeting={meeting} />,
      respondByName({
        UpdateNetworkDecision: (variables) => ({
          updateNetworkDecision: { ...decision, text: (variables['input'] as { text: string }).text },
        }),
      }),
    );
    await click('Ändra beslut 2027:1');
    expect((document.getElementById('beslut-andra-text') as HTMLTextAreaElement).value).toBe('Nätverket tar fram en introduktion.');
    expect((document.getElementById('beslut-andra-responsible') as HTMLInputElement).value).toBe('Anna');
    expect((document.getElementById('beslut-andra-decidedOn') as HTMLInputElement).value).toBe('2027-03-09');
    type('beslut-andra-text', 'Nätverket tar fram en introduktion och en checklista.');
    await click('Spara beslutet');
    expect(callsOf(operations, 'UpdateNetworkDecision')).toEqual([
      {
        id: 'd1',
        input: { meetingId: 'm1', text: 'Nätverket tar fram en introduktion och en checklista.', responsible: 'Anna', decidedOn: '2027-03-09' },
      },
    ]);
    expect(screen.getByRole('status').textContent).toBe('Beslut 2027:1 är ändrat.');
    expect(document.getElementById('beslut-andra-text')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra beslut 2027:1' }));
  });

  it('shows the server’s field errors at the fields', async () => {
    renderWithClient(
      <MeetingDecisionsSection meeting={meeting} />,
      respondByName({
        UpdateNetworkDecision: (): Answer => ({
          errors: [{ message: 'Fel', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { text: 'Beslutet får vara högst 4 000 tecken.' } } }],
        }),
      }),
    );
    await click('Ändra beslut 2027:1');
    await click('Spara beslutet');
    expect(document.getElementById('beslut-andra-text-error')?.textContent).toBe('Beslutet får vara högst 4 000 tecken.');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('closes on "Avbryt" with focus back on its "Ändra"', async () => {
    renderWithClient(<MeetingDecisionsSection meeting={meeting} />, respondByName({}));
    await click('Ändra beslut 2027:1');
    await click('Avbryt');
    expect(document.getElementById('beslut-andra-text')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra beslut 2027:1' }));
  });
});

describe('changing an action item', () => {
  it('sends the version read, and tells of a CONFLICT', async () => {
    const { operations } = renderWithClient(
      <MeetingActionItemsSection meeting={meeting} />,
      respondByName({
        MeetingMembers: () => ({ network: { __typename: 'Network', id: 'n1', members: [] } }),
        UpdateActionItem: (): Answer => ({ errors: [{ message: 'Någon annan har ändrat åtgärden.', extensions: { code: 'CONFLICT' } }] }),
      }),
    );
    await click('Ändra åtgärden Skriva introduktionen');
    expect((document.getElementById('atgard-andra-title') as HTMLInputElement).value).toBe('Skriva introduktionen');
    type('atgard-andra-title', 'Skriva och skicka introduktionen');
    await click('Spara åtgärden');
    expect(callsOf(operations, 'UpdateActionItem')).toEqual([
      { id: 'a1', version: 3, input: { title: 'Skriva och skicka introduktionen', ownerUserId: null, ownerName: 'Anna', dueDate: '2027-04-01' } },
    ]);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Åtgärden kunde inte sparas.');
    expect(alert.textContent).toContain('Ändringarna nedan gjordes efter att du öppnade formuläret.');
    expect(document.activeElement).toBe(alert);
  });

  it('after a CONFLICT loads the latest version into the form, once the user agrees to lose their input', async () => {
    // The section on the page's own query, as the meeting page has it: the reload goes through it.
    // Someone else's change is stored once the save has met it (the page may load more than once before).
    let changedElsewhere = false;
    const latest = { ...actionItem, title: 'Skriva introduktionen till hösten', version: 4 };
    function Page() {
      const [{ data }] = useQuery({ query: meetingPageQuery, variables: { id: 'm1' } });
      return data ? <MeetingActionItemsSection meeting={data.meeting} /> : null;
    }
    const { operations } = renderWithClient(
      <Page />,
      respondByName({
        MeetingPage: () => ({ meeting: { ...meeting, __typename: 'Meeting', actionItems: [changedElsewhere ? latest : actionItem] } }),
        MeetingMembers: () => ({ network: { __typename: 'Network', id: 'n1', members: [] } }),
        UpdateActionItem: (): Answer => {
          changedElsewhere = true;
          return { errors: [{ message: 'Någon annan har ändrat åtgärden.', extensions: { code: 'CONFLICT' } }] };
        },
      }),
    );
    await screen.findByRole('button', { name: 'Ändra åtgärden Skriva introduktionen' });
    await click('Ändra åtgärden Skriva introduktionen');
    type('atgard-andra-title', 'Min ändring');
    await click('Spara åtgärden');
    const loadsBefore = callsOf(operations, 'MeetingPage').length;
    await click('Ladda den senaste versionen');
    const dialog = screen.getByRole('dialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, ladda den senaste versionen' }));
    });
    // One more load of the page's query, from the server.
    const loads = operations.filter((operation) => operationName(operation) === 'MeetingPage');
    expect(loads).toHaveLength(loadsBefore + 1);
    expect(loads.at(-1)?.context.requestPolicy).toBe('network-only');
    // The editor is open again on version 4, with its title, and no conflict left.
    expect((await screen.findByDisplayValue('Skriva introduktionen till hösten')).id).toBe('atgard-andra-title');
    expect(screen.queryByText('Ändringarna nedan gjordes efter att du öppnade formuläret.', { exact: false })).toBeNull();
    expect(screen.getByText('Åtgärden ”Skriva introduktionen” är hämtad på nytt med de senaste ändringarna. Gör din ändring igen.')).toBeTruthy();
    await click('Spara åtgärden');
    expect(callsOf(operations, 'UpdateActionItem').at(-1)).toMatchObject({ id: 'a1', version: 4 });
  });
});
