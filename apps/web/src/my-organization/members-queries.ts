import { graphql } from '../gql';

export const membersQuery = graphql(`
  query OrganizationMembers {
    organizationMembers {
      id
      username
      email
      name
      isOrganizationAdmin
    }
  }
`);

export const inviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      status
    }
  }
`);

export const removeMemberMutation = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId)
  }
`);

export const setAdminMutation = graphql(`
  mutation SetOrganizationAdmin($userId: ID!, $admin: Boolean!) {
    setOrganizationAdmin(userId: $userId, admin: $admin) {
      id
      isOrganizationAdmin
    }
  }
`);

export const pendingInvitationsQuery = graphql(`
  query OrganizationInvitations {
    organizationInvitations {
      id
      email
      createdAt
      invitedByUsername
    }
  }
`);

export const withdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($id: ID!) {
    withdrawInvitation(id: $id) {
      id
      status
    }
  }
`);
