import { graphql } from '../../generated';

export const SecurityEventsPageQuery = graphql(`
  query SecurityEventsPage($filter: SecurityEventFilter, $first: Int!, $after: String) {
    securityEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      nodes {
        ...EventRow
        ...EventDetail
      }
    }
  }
`);

/** The same filter, only what the chart needs, as many rows as the graph gives in one page. */
export const SecurityEventsChartQuery = graphql(`
  query SecurityEventsChart($filter: SecurityEventFilter) {
    securityEvents(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        date
        datePrecision
        eventType
      }
    }
  }
`);

export const SecurityFilterOptionsQuery = graphql(`
  query SecurityFilterOptions {
    ...OrganizationChoices
    places(first: 100) {
      nodes {
        id
        name
        country {
          code
        }
      }
    }
  }
`);
