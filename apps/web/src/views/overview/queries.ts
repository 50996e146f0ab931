import { graphql } from '../../generated';

/**
 * Everything the overview shows, in one request. Each subgraph's part sits under its own alias of
 * `country`, so one subgraph being down nulls only its part (see lib/errors.ts failedParts).
 */
export const OverviewQuery = graphql(`
  query Overview($code: ID!, $filter: SecurityEventFilter, $agreementFilter: AgreementFilter, $engagementFilter: EngagementFilter) {
    reference: country(code: $code) {
      code
      name
    }
    security: country(code: $code) {
      securityEvents(first: 100, filter: $filter) {
        totalCount
        nodes {
          ...EventHeadline
        }
      }
      militaryFacilities(first: 100) {
        totalCount
      }
    }
    diplomacy: country(code: $code) {
      agreements(first: 100, filter: $agreementFilter) {
        totalCount
        nodes {
          id
          title
          signedOn
          datePrecision
          status
        }
      }
      engagements(first: 100, filter: $engagementFilter) {
        totalCount
        nodes {
          id
          title
          startDate
          datePrecision
          kind
        }
      }
    }
    energy: country(code: $code) {
      energyProjects(first: 100) {
        totalCount
        nodes {
          id
          name
          status
          milestones {
            date
            datePrecision
            description
          }
        }
      }
      energyTargets {
        id
      }
    }
  }
`);
