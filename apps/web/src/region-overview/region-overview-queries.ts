import { graphql } from '../gql';

// The whole page from one query: every view reads from it, so filters change one request.
export const regionOverviewQuery = graphql(`
  query RegionOverview($filter: RegionOverviewFilter) {
    regionOverview(filter: $filter) {
      initiativeCount
      runningCount
      followUps {
        endedCount
        endedWithFollowUpCount
        dueCount
        dueRecordedCount
      }
      fundingByFunderType {
        funderType
        amountSek
        initiativeCount
      }
      fundingByYear {
        year
        funderType
        amountSek
      }
      themes {
        theme
        initiativeCount
        amountSek
      }
      organizations {
        slug
        name
        kind
        municipalityCode
        initiativeCount
        ownedCount
        participants {
          ...RegionGenderCountsFields
        }
      }
      themeCoverage {
        term
        organization
        count
      }
      targetGroupCoverage {
        term
        organization
        count
      }
      participants {
        ...RegionGenderCountsFields
      }
      afterLife {
        group
        status
        count
      }
      afterLifeByFunderType {
        group
        status
        count
      }
      afterLifeByKind {
        group
        status
        count
      }
    }
  }

  fragment RegionGenderCountsFields on RegionGenderCounts {
    women {
      value
      display
    }
    men {
      value
      display
    }
    otherOrUnknown {
      value
      display
    }
    total {
      value
      display
    }
  }
`);
