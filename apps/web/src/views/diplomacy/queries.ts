import { graphql } from '../../generated';

export const AgreementsPageQuery = graphql(`
  query AgreementsPage($filter: AgreementFilter, $first: Int!, $after: String) {
    agreements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AgreementRow
          form
          subjects
          parties {
            ...AgreementPartyFields
          }
        }
      }
    }
  }
`);

export const EngagementsPageQuery = graphql(`
  query EngagementsPage($filter: EngagementFilter, $first: Int!, $after: String) {
    engagements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EngagementRow
          endDate
          place {
            id
            name
          }
          participants {
            ...ParticipantFields
          }
        }
      }
    }
  }
`);

export const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions {
    organizations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
