import { graphql } from './generated';

// The provenance every record carries: which document says it, and the words it says it in.
export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    quote
    note
    source {
      id
      title
      publisher
      publishedOn
      datePrecision
      url
    }
  }
`);
