import { graphql } from '../gql';

graphql(`
  fragment OverlapReasonFields on OverlapReason {
    code
    values
    months
  }
`);

graphql(`
  fragment OverlapDecisionFields on OverlapDecision {
    decision
    note
    decidedByName
    decidedAt
    linked
  }
`);

graphql(`
  fragment OverlapCandidateFields on OverlapCandidate {
    score
    band
    reasons {
      ...OverlapReasonFields
    }
    decision {
      ...OverlapDecisionFields
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
        ...OverlapDecisionFields
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

graphql(`
  fragment OverlapPairSideFields on Initiative {
    id
    title
    startDate
    endDate
    organization {
      slug
      name
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
          ...OverlapReasonFields
        }
        decision {
          ...OverlapDecisionFields
        }
        a {
          ...OverlapPairSideFields
        }
        b {
          ...OverlapPairSideFields
        }
      }
    }
  }
`);

export const decideOverlapMutation = graphql(`
  mutation DecideOverlap($input: OverlapDecisionInput!) {
    decideOverlap(input: $input) {
      ...OverlapDecisionFields
    }
  }
`);

export const reopenOverlapMutation = graphql(`
  mutation ReopenOverlap($initiativeId: ID!, $otherInitiativeId: ID!) {
    reopenOverlap(initiativeId: $initiativeId, otherInitiativeId: $otherInitiativeId)
  }
`);
