import { graphql } from '../../generated';

export const AgreementsPageQuery = graphql(`
  query AgreementsPage($filter: AgreementFilter, $first: Int!, $after: String) {
    agreements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      nodes {
        ...AgreementRow
        form
        subjects
        parties {
          ...AgreementPartyFields
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
        ...PageFields
      }
      nodes {
        ...EngagementRow
        ...EngagementDetail
      }
    }
  }
`);

export const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions {
    ...OrganizationChoices
  }
`);
