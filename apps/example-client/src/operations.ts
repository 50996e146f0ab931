import { graphql } from './generated/index.js';

// Each operation is typed by `pnpm codegen` from the API schema: its result and its variables.

/**
 * The country's name (reference subgraph) and its events' count (security subgraph), each under
 * its own alias: if one subgraph does not answer, only its part is null and the other still comes.
 */
export const CountrySummary = graphql(`
  query CountrySummary($code: ID!) {
    reference: country(code: $code) {
      code
      name
    }
    security: country(code: $code) {
      securityEvents {
        totalCount
      }
    }
  }
`);

/** One page of a country's security events, newest first; `after` is the last page's endCursor. */
export const SecurityEventsPage = graphql(`
  query SecurityEventsPage($country: ID!, $first: Int!, $after: String) {
    securityEvents(filter: { countries: [$country] }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        date
        fatalities
      }
    }
  }
`);
