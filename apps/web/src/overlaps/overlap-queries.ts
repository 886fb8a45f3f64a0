import { graphql } from '../gql';

graphql(`
  fragment OverlapCandidateFields on OverlapCandidate {
    score
    band
    reasons {
      code
      values
      months
    }
    decision {
      decision
      note
      decidedByName
      decidedAt
    }
    initiative {
      id
      title
      status
      kind
      startDate
      endDate
      organization {
        slug
        name
      }
    }
  }
`);

export const initiativeOverlapsQuery = graphql(`
  query InitiativeOverlaps($id: ID!) {
    initiativeOverlaps(id: $id, first: 10) {
      ...OverlapCandidateFields
    }
    initiativeOverlapDecisions(id: $id) {
      other {
        id
        title
        organization {
          slug
          name
        }
      }
      decision {
        decision
        note
        decidedByName
        decidedAt
      }
    }
  }
`);

export const similarInitiativesQuery = graphql(`
  query SimilarInitiatives($draft: OverlapDraftInput!) {
    similarInitiatives(draft: $draft, first: 5) {
      ...OverlapCandidateFields
    }
  }
`);

export const overlapPairsQuery = graphql(`
  query OverlapPairs(
    $first: Int!
    $after: String
    $theme: String
    $organization: String
    $band: OverlapBand
    $fromYear: Int
    $toYear: Int
    $includeDecided: Boolean!
  ) {
    overlapPairs(
      first: $first
      after: $after
      theme: $theme
      organization: $organization
      band: $band
      fromYear: $fromYear
      toYear: $toYear
      includeDecided: $includeDecided
    ) {
      nextCursor
      pairs {
        score
        band
        reasons {
          code
          values
          months
        }
        decision {
          decision
          note
          decidedByName
          decidedAt
        }
        a {
          id
          title
          startDate
          endDate
          organization {
            slug
            name
          }
        }
        b {
          id
          title
          startDate
          endDate
          organization {
            slug
            name
          }
        }
      }
    }
    organizations {
      id
      slug
      name
    }
  }
`);

export const decideOverlapMutation = graphql(`
  mutation DecideOverlap($input: OverlapDecisionInput!) {
    decideOverlap(input: $input) {
      decision
      note
      decidedByName
      decidedAt
    }
  }
`);

export const reopenOverlapMutation = graphql(`
  mutation ReopenOverlap($initiativeId: ID!, $otherInitiativeId: ID!) {
    reopenOverlap(initiativeId: $initiativeId, otherInitiativeId: $otherInitiativeId)
  }
`);
