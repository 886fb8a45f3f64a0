import { graphql } from '../../gql';

// One query for the list and the export: facets only for the first page of the list.
export const registerInitiativesQuery = graphql(`
  query RegisterInitiatives($search: String, $filter: InitiativeFilter, $orderBy: InitiativeOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    initiatives(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets @include(if: $withFacets) {
        status {
          value
          count
        }
        kind {
          value
          count
        }
        theme {
          value
          count
        }
        targetGroup {
          value
          count
        }
        funderType {
          value
          count
        }
        organization {
          value
          count
        }
        startYear {
          value
          count
        }
      }
      edges {
        cursor
        node {
          id
          title
          summary
          status
          kind
          visibility
          startDate
          endDate
          themes
          targetGroups
          totalFundingSek
          isDemo
          archived
          updatedAt
          organization {
            slug
            name
          }
          partners {
            name
            role
          }
        }
      }
    }
  }
`);
