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
          id
          title
          instrumentType
          form
          status
          signedOn
          datePrecision
          subjects
          parties {
            country {
              code
              name
            }
            organization {
              id
              name
            }
            signatory {
              id
              name
            }
          }
          citations {
            ...CitationFields
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
          id
          title
          kind
          startDate
          endDate
          datePrecision
          place {
            id
            name
          }
          participants {
            role
            country {
              code
              name
            }
            organization {
              id
              name
            }
            person {
              id
              name
            }
          }
          citations {
            ...CitationFields
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
