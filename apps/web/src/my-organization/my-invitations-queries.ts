import { graphql } from '../gql';

export const myInvitationsQuery = graphql(`
  query MyInvitations {
    myInvitations {
      id
      invitedByUsername
      createdAt
      organization {
        slug
        name
      }
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($id: ID!) {
    acceptInvitation(id: $id) {
      id
      status
    }
  }
`);

export const declineInvitationMutation = graphql(`
  mutation DeclineInvitation($id: ID!) {
    declineInvitation(id: $id) {
      id
      status
    }
  }
`);
