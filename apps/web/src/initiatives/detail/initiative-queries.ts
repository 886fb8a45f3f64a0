import { graphql } from '../../gql';

export const initiativePageQuery = graphql(`
  query InitiativePageDetail($id: ID!) {
    initiative(id: $id) {
      id
      title
      summary
      description
      visibility
      kind
      status
      startDate
      endDate
      isDemo
      archived
      canEdit
      createdAt
      updatedAt
      organization {
        slug
        name
      }
      contactPerson {
        name
        email
      }
      projectLeader {
        name
        email
      }
      partners {
        name
        role
        organization {
          slug
          name
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
      totalFundingSek
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
          display
        }
        men {
          display
        }
        otherOrUnknown {
          display
        }
        total {
          display
        }
        toWork {
          display
        }
        toStudies {
          display
        }
        otherOutcome {
          display
        }
      }
      results
      lessonsLearned
      implementationOwner
      implementationPlan
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
          startDate
          endDate
        }
      }
      pearlString {
        predecessors {
          id
          title
          startDate
          endDate
        }
        successors {
          id
          title
          startDate
          endDate
        }
      }
      followUps {
        id
        milestone
        dueDate
        status
        overdue
        livesOn
        ownerNow
        evidenceUrl
        recordedAt
      }
    }
  }
`);

export const initiativeHistoryQuery = graphql(`
  query InitiativePageHistory($id: ID!) {
    initiativeHistory(id: $id) {
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

export const removeRelationFromPageMutation = graphql(`
  mutation RemoveInitiativeRelationFromPage($id: ID!) {
    removeInitiativeRelation(id: $id)
  }
`);

/** The methods the reader may read, for the owner's "link a method" select. */
export const initiativeMethodChoicesQuery = graphql(`
  query InitiativeMethodChoices {
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

export const linkInitiativeMethodMutation = graphql(`
  mutation LinkInitiativeMethod($initiativeId: ID!, $methodId: ID!) {
    linkInitiativeMethod(initiativeId: $initiativeId, methodId: $methodId) {
      id
      methodRefs {
        id
        name
      }
    }
  }
`);

export const unlinkInitiativeMethodMutation = graphql(`
  mutation UnlinkInitiativeMethod($initiativeId: ID!, $methodId: ID!) {
    unlinkInitiativeMethod(initiativeId: $initiativeId, methodId: $methodId) {
      id
      methodRefs {
        id
        name
      }
    }
  }
`);
