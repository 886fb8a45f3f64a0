import { graphql } from '../gql';

export const stopMailMutation = graphql(`
  mutation StopMail($token: String!) {
    stopMail(token: $token) {
      email
      topic
    }
  }
`);
