import { graphql } from '../gql';

export const organizationsQuery = graphql(`
  query Organizations {
    organizations {
      id
      slug
      name
      kind
      municipalityCode
    }
  }
`);
