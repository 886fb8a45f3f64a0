import { graphql } from '../../gql';

export const myFollowUpsQuery = graphql(`
  query MyFollowUpsList {
    myFollowUps {
      id
      milestone
      dueDate
      overdue
      canRecord
      initiative {
        id
        title
      }
    }
  }
`);

export const recordFollowUpMutation = graphql(`
  mutation RecordFollowUpFromList($id: ID!, $input: FollowUpInput!) {
    recordFollowUp(id: $id, input: $input) {
      id
      status
      recordedAt
    }
  }
`);
