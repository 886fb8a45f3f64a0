import { graphql } from '../gql';

// Every network (for the tree, my networks and my invitations), one network with what its members
// see, and the mutations of members, chairs and owners of shared records.

/** Naming the types makes urql's document cache fetch every network query again after a change. */
export const NETWORK_CHANGED = { additionalTypenames: ['Network', 'NetworkMember', 'NetworkEvent'] };

export const networksQuery = graphql(`
  query Networks {
    networks {
      id
      name
      purpose
      level
      kind
      admission
      myStatus
      myRole
      canManage
      memberCount
      hostOrganization {
        slug
        name
      }
      parent {
        id
        name
      }
    }
  }
`);

export const networkMemberFieldsFragment = graphql(`
  fragment NetworkMemberFields on NetworkMember {
    id
    userId
    displayName
    email
    role
    status
    createdAt
    organization {
      slug
      name
    }
  }
`);

export const networkFormFieldsFragment = graphql(`
  fragment NetworkFormFields on Network {
    id
    name
    purpose
    level
    kind
    admission
    version
    canManage
    parent {
      id
      name
    }
  }
`);

export const networkPageQuery = graphql(`
  query NetworkPage($id: ID!) {
    network(id: $id) {
      ...NetworkFormFields
      isDemo
      myRole
      myStatus
      canPlan
      memberCount
      hostOrganization {
        slug
        name
      }
      members {
        ...NetworkMemberFields
      }
      pendingMembers {
        ...NetworkMemberFields
      }
      shared {
        kind
        id
        title
        sharedAt
        organization {
          slug
          name
        }
      }
    }
  }
`);

export const networkEventsQuery = graphql(`
  query NetworkEvents($id: ID!) {
    network(id: $id) {
      id
      events {
        id
        action
        actorName
        subject
        createdAt
      }
    }
  }
`);

export const networkForEditQuery = graphql(`
  query NetworkForEdit($id: ID!) {
    network(id: $id) {
      ...NetworkFormFields
    }
  }
`);

export const createNetworkMutation = graphql(`
  mutation CreateNetwork($input: NetworkInput!) {
    createNetwork(input: $input) {
      id
    }
  }
`);

export const updateNetworkMutation = graphql(`
  mutation UpdateNetwork($id: ID!, $version: Int!, $input: NetworkInput!) {
    updateNetwork(id: $id, version: $version, input: $input) {
      ...NetworkFormFields
    }
  }
`);

export const inviteNetworkMemberMutation = graphql(`
  mutation InviteNetworkMember($input: InviteNetworkMemberInput!) {
    inviteNetworkMember(input: $input) {
      ...NetworkMemberFields
    }
  }
`);

export const respondToNetworkInvitationMutation = graphql(`
  mutation RespondToNetworkInvitation($networkId: ID!, $accept: Boolean!) {
    respondToNetworkInvitation(networkId: $networkId, accept: $accept) {
      id
      myStatus
      myRole
    }
  }
`);

export const requestToJoinNetworkMutation = graphql(`
  mutation RequestToJoinNetwork($networkId: ID!) {
    requestToJoinNetwork(networkId: $networkId) {
      id
      myStatus
    }
  }
`);

export const decideNetworkRequestMutation = graphql(`
  mutation DecideNetworkRequest($memberId: ID!, $approve: Boolean!) {
    decideNetworkRequest(memberId: $memberId, approve: $approve) {
      id
      memberCount
    }
  }
`);

export const changeNetworkMemberRoleMutation = graphql(`
  mutation ChangeNetworkMemberRole($memberId: ID!, $role: String!) {
    changeNetworkMemberRole(memberId: $memberId, role: $role) {
      ...NetworkMemberFields
    }
  }
`);

export const removeNetworkMemberMutation = graphql(`
  mutation RemoveNetworkMember($memberId: ID!) {
    removeNetworkMember(memberId: $memberId) {
      id
      memberCount
    }
  }
`);

export const leaveNetworkMutation = graphql(`
  mutation LeaveNetwork($networkId: ID!) {
    leaveNetwork(networkId: $networkId) {
      id
      myStatus
      myRole
    }
  }
`);

/** What the sharing panel needs of an initiative, a method or a material: who owns it, who may read it, where it is shared. */
export const initiativeSharingQuery = graphql(`
  query InitiativeSharing($id: ID!) {
    initiative(id: $id) {
      id
      visibility
      canEdit
      archived
      sharedWithNetworks {
        id
        name
      }
    }
  }
`);

export const methodSharingQuery = graphql(`
  query MethodSharing($id: ID!) {
    method(id: $id) {
      id
      visibility
      canEdit
      archived
      sharedWithNetworks {
        id
        name
      }
    }
  }
`);

export const materialSharingQuery = graphql(`
  query MaterialSharing($id: ID!) {
    material(id: $id) {
      id
      visibility
      canEdit
      archived
      sharedWithNetworks {
        id
        name
      }
    }
  }
`);

export const shareWithNetworkMutation = graphql(`
  mutation ShareWithNetwork($input: NetworkShareInput!) {
    shareWithNetwork(input: $input) {
      id
      name
    }
  }
`);

export const unshareFromNetworkMutation = graphql(`
  mutation UnshareFromNetwork($input: NetworkShareInput!) {
    unshareFromNetwork(input: $input) {
      id
      name
    }
  }
`);
