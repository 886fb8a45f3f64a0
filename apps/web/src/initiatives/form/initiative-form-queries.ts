import { graphql } from '../../gql';

// Everything the form edits, plus what the edit page shows around it.
export const initiativeFormFieldsFragment = graphql(`
  fragment InitiativeFormFields on Initiative {
    id
    version
    canEdit
    archived
    title
    summary
    description
    kind
    status
    startDate
    endDate
    visibility
    contactPerson {
      name
      email
    }
    projectLeader {
      name
      email
    }
    partners {
      role
      name
      organization {
        slug
      }
    }
    fundingLines {
      funderType
      funderName
      registryNumber
      programmeArea
      amountSek
      status
    }
    themes
    targetGroups
    occupations
    methods
    methodRefs {
      id
      name
    }
    horizontalPrinciples {
      genderEquality
      nonDiscrimination
      accessibility
    }
    participants {
      period
      women {
        value
      }
      men {
        value
      }
      otherOrUnknown {
        value
      }
      toWork {
        value
      }
      toStudies {
        value
      }
      otherOutcome {
        value
      }
    }
    results
    lessonsLearned
    implementationOwner
    implementationPlan
  }
`);

export const initiativeForEditQuery = graphql(`
  query InitiativeForEdit($id: ID!) {
    initiative(id: $id) {
      ...InitiativeFormFields
    }
  }
`);

export const initiativeRelationsQuery = graphql(`
  query InitiativeFormRelations($id: ID!) {
    initiative(id: $id) {
      id
      relations {
        id
        kind
        direction
        note
        canRemove
        addedBy {
          slug
          name
        }
        other {
          id
          title
        }
      }
    }
  }
`);

export const initiativeFormMeQuery = graphql(`
  query InitiativeFormMe {
    me {
      id
      name
      email
      username
      activeOrganization {
        slug
        name
      }
    }
  }
`);

export const initiativeFormOrganizationsQuery = graphql(`
  query InitiativeFormOrganizations {
    organizations {
      id
      slug
      name
    }
  }
`);

export const createInitiativeMutation = graphql(`
  mutation CreateInitiativeFromForm($input: InitiativeInput!) {
    createInitiative(input: $input) {
      id
      version
    }
  }
`);

export const updateInitiativeMutation = graphql(`
  mutation UpdateInitiativeFromForm($id: ID!, $version: Int!, $input: InitiativeInput!) {
    updateInitiative(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const archiveInitiativeMutation = graphql(`
  mutation ArchiveInitiativeFromForm($id: ID!) {
    archiveInitiative(id: $id) {
      ...InitiativeFormFields
    }
  }
`);

export const restoreInitiativeMutation = graphql(`
  mutation RestoreInitiativeFromForm($id: ID!) {
    restoreInitiative(id: $id) {
      ...InitiativeFormFields
    }
  }
`);

export const relationTargetSearchQuery = graphql(`
  query InitiativeRelationTargets($search: String!) {
    initiatives(search: $search, first: 10) {
      edges {
        node {
          id
          title
          organization {
            name
          }
        }
      }
    }
  }
`);

export const addRelationMutation = graphql(`
  mutation AddInitiativeRelationFromForm($input: InitiativeRelationInput!) {
    addInitiativeRelation(input: $input) {
      id
    }
  }
`);

export const removeRelationMutation = graphql(`
  mutation RemoveInitiativeRelationFromForm($id: ID!) {
    removeInitiativeRelation(id: $id)
  }
`);
