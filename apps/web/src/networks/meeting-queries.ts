import { graphql } from '../gql';

// A network's meetings, decision log and open action items; one meeting with its agenda,
// attendance, minutes, decisions and action items; the calendar subscriptions.

/** Naming the types makes urql's document cache fetch the meeting and network pages again after a change. */
export const MEETINGS_CHANGED = {
  additionalTypenames: ['Network', 'Meeting', 'MeetingSeries', 'AgendaItem', 'Attendee', 'MeetingMinutes', 'NetworkDecision', 'ActionItem', 'NetworkEvent'],
};

export const meetingListFieldsFragment = graphql(`
  fragment MeetingListFields on Meeting {
    id
    networkId
    title
    startsAt
    localDate
    startTime
    endTime
    location
    onlineUrl
    status
    minutes {
      status
    }
  }
`);

export const actionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    meetingId
    title
    ownerName
    ownerUserId
    dueDate
    status
    doneAt
    version
    canUpdate
  }
`);

export const decisionFieldsFragment = graphql(`
  fragment DecisionFields on NetworkDecision {
    id
    meetingId
    label
    decidedOn
    text
    responsible
  }
`);

export const networkMeetingsQuery = graphql(`
  query NetworkMeetings($id: ID!) {
    network(id: $id) {
      id
      name
      canPlan
      upcomingMeetings {
        ...MeetingListFields
      }
      pastMeetings {
        ...MeetingListFields
      }
      meetingSeries {
        id
        title
        description
        firstDate
        startTime
        endTime
        location
        onlineUrl
        ended
        rrule
        version
      }
      decisions {
        ...DecisionFields
      }
      openActionItems {
        ...ActionItemFields
      }
    }
  }
`);

export const meetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      networkId
      network {
        id
        name
      }
      seriesId
      title
      startsAt
      endsAt
      localDate
      startTime
      endTime
      location
      onlineUrl
      status
      detached
      version
      canPlan
      agenda {
        id
        position
        title
        presenter
        startsAt
        durationMinutes
        links {
          kind
          id
          title
        }
      }
      attendance {
        id
        userId
        name
        organizationName
      }
      minutes {
        body
        status
        publishedAt
        updatedByName
        updatedAt
        version
      }
      decisions {
        ...DecisionFields
      }
      actionItems {
        ...ActionItemFields
      }
      carriedActionItems {
        ...ActionItemFields
      }
    }
  }
`);

/** The members to tick for attendance and to pick as owners of action items. */
export const meetingMembersQuery = graphql(`
  query MeetingMembers($networkId: ID!) {
    network(id: $networkId) {
      id
      members {
        id
        userId
        displayName
        organization {
          slug
          name
        }
      }
    }
  }
`);

/** Asked for only when the file is wanted. */
export const meetingIcsQuery = graphql(`
  query MeetingIcs($id: ID!) {
    meeting(id: $id) {
      id
      localDate
      icsFile
    }
  }
`);

export const createMeetingSeriesMutation = graphql(`
  mutation CreateMeetingSeries($input: MeetingSeriesInput!) {
    createMeetingSeries(input: $input) {
      id
      description
    }
  }
`);

export const updateMeetingSeriesMutation = graphql(`
  mutation UpdateMeetingSeries($id: ID!, $version: Int!, $input: MeetingSeriesInput!) {
    updateMeetingSeries(id: $id, version: $version, input: $input) {
      id
      title
      version
    }
  }
`);

export const endMeetingSeriesMutation = graphql(`
  mutation EndMeetingSeries($id: ID!) {
    endMeetingSeries(id: $id) {
      id
      ended
    }
  }
`);

export const createMeetingMutation = graphql(`
  mutation CreateMeeting($networkId: ID!, $input: MeetingInput!) {
    createMeeting(networkId: $networkId, input: $input) {
      id
    }
  }
`);

export const updateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const cancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $version: Int!) {
    cancelMeeting(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const setMeetingAgendaMutation = graphql(`
  mutation SetMeetingAgenda($meetingId: ID!, $items: [AgendaItemInput!]!) {
    setMeetingAgenda(meetingId: $meetingId, items: $items) {
      id
    }
  }
`);

export const holdMeetingMutation = graphql(`
  mutation HoldMeeting($meetingId: ID!, $attendees: [AttendeeInput!]!) {
    holdMeeting(meetingId: $meetingId, attendees: $attendees) {
      id
      status
    }
  }
`);

export const saveMeetingMinutesMutation = graphql(`
  mutation SaveMeetingMinutes($meetingId: ID!, $body: String!, $version: Int) {
    saveMeetingMinutes(meetingId: $meetingId, body: $body, version: $version) {
      status
      version
    }
  }
`);

export const publishMeetingMinutesMutation = graphql(`
  mutation PublishMeetingMinutes($meetingId: ID!) {
    publishMeetingMinutes(meetingId: $meetingId) {
      status
      version
    }
  }
`);

export const addNetworkDecisionMutation = graphql(`
  mutation AddNetworkDecision($input: DecisionInput!) {
    addNetworkDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

export const addActionItemMutation = graphql(`
  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {
    addActionItem(meetingId: $meetingId, input: $input) {
      ...ActionItemFields
    }
  }
`);

export const updateNetworkDecisionMutation = graphql(`
  mutation UpdateNetworkDecision($id: ID!, $input: DecisionInput!) {
    updateNetworkDecision(id: $id, input: $input) {
      ...DecisionFields
    }
  }
`);

export const updateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $version: Int!, $input: ActionItemInput!) {
    updateActionItem(id: $id, version: $version, input: $input) {
      ...ActionItemFields
    }
  }
`);

export const setActionItemStatusMutation = graphql(`
  mutation SetActionItemStatus($id: ID!, $status: String!) {
    setActionItemStatus(id: $id, status: $status) {
      ...ActionItemFields
    }
  }
`);

export const calendarSubscriptionsQuery = graphql(`
  query CalendarSubscriptions {
    calendarSubscriptions {
      id
      createdAt
      network {
        id
        name
      }
    }
  }
`);

export const createCalendarSubscriptionMutation = graphql(`
  mutation CreateCalendarSubscription($networkId: ID) {
    createCalendarSubscription(networkId: $networkId) {
      path
      subscription {
        id
        createdAt
        network {
          id
          name
        }
      }
    }
  }
`);

export const revokeCalendarSubscriptionMutation = graphql(`
  mutation RevokeCalendarSubscription($id: ID!) {
    revokeCalendarSubscription(id: $id)
  }
`);
