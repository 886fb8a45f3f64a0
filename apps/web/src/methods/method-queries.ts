import { graphql } from '../gql';

// One query for the register's list and its export: facets only for the first page of the list.
export const methodRegisterQuery = graphql(`
  query MethodRegister($search: String, $filter: MethodFilter, $orderBy: MethodOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    methods(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets @include(if: $withFacets) {
        evidenceLevel {
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
        usingOrganization {
          value
          count
        }
      }
      edges {
        cursor
        node {
          id
          name
          summary
          evidenceLevel
          themes
          targetGroups
          visibility
          archived
          isDemo
          organization {
            slug
            name
          }
        }
      }
    }
  }
`);

export const methodPageQuery = graphql(`
  query MethodPage($id: ID!) {
    method(id: $id) {
      id
      name
      summary
      description
      problem
      visibility
      targetGroups
      themes
      steps {
        title
        description
      }
      requirements {
        training
        certification
        staffing
        indicativeCost
      }
      evidenceLevel
      evidenceSources {
        title
        url
        kind
      }
      relations {
        kind
        direction
        other {
          id
          name
        }
      }
      contactPerson {
        name
        email
      }
      organization {
        slug
        name
      }
      version
      archived
      isDemo
      canEdit
      updatedAt
      usedBy {
        afterLifeStatus
        initiative {
          id
          title
          status
          organization {
            slug
            name
          }
        }
      }
      organizationsUsing {
        initiativeCount
        organization {
          slug
          name
        }
        contacts {
          name
          email
        }
      }
      outcomes {
        initiativeCount
        participants {
          display
        }
        toWork {
          display
        }
        toStudies {
          display
        }
      }
    }
  }
`);

export const methodHistoryQuery = graphql(`
  query MethodPageHistory($id: ID!) {
    methodHistory(id: $id) {
      id
      action
      actorName
      createdAt
      version
      changes {
        field
        before {
          ...ChangeValueFields
        }
        after {
          ...ChangeValueFields
        }
      }
    }
  }
`);

export const methodFormFieldsFragment = graphql(`
  fragment MethodFormFields on Method {
    id
    name
    summary
    description
    problem
    visibility
    targetGroups
    themes
    steps {
      title
      description
    }
    requirements {
      training
      certification
      staffing
      indicativeCost
    }
    evidenceLevel
    evidenceSources {
      title
      url
      kind
    }
    relations {
      kind
      direction
      other {
        id
        name
      }
    }
    contactPerson {
      name
      email
    }
    version
    archived
    canEdit
  }
`);

export const methodForEditQuery = graphql(`
  query MethodForEdit($id: ID!) {
    method(id: $id) {
      ...MethodFormFields
    }
  }
`);

/** The methods the reader may read, to pick a related method or link one to an initiative. */
export const methodChoicesQuery = graphql(`
  query MethodChoices {
    methods(first: 100, orderBy: NAME) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const createMethodMutation = graphql(`
  mutation CreateMethod($input: MethodInput!) {
    createMethod(input: $input) {
      id
    }
  }
`);

export const updateMethodMutation = graphql(`
  mutation UpdateMethod($id: ID!, $version: Int!, $input: MethodInput!) {
    updateMethod(id: $id, version: $version, input: $input) {
      ...MethodFormFields
    }
  }
`);

export const archiveMethodMutation = graphql(`
  mutation ArchiveMethod($id: ID!) {
    archiveMethod(id: $id) {
      ...MethodFormFields
    }
  }
`);

export const restoreMethodMutation = graphql(`
  mutation RestoreMethod($id: ID!) {
    restoreMethod(id: $id) {
      ...MethodFormFields
    }
  }
`);
