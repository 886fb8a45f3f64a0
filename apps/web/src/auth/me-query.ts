import { graphql } from '../gql';

export const meQuery = graphql(`
  query Me {
    me {
      id
      username
      name
      roles
      administeredOrganizations
      organizations {
        id
        slug
        name
        kind
        municipalityCode
      }
      activeOrganization {
        slug
        name
      }
    }
  }
`);
