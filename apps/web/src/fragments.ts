import { graphql } from './generated';

// The fragments the client's queries share, so a list and a record page ask for a record the same
// way. A row fragment holds what identifies and sums up a record, all answered by the subgraph that
// owns the record (and the sources it cites): entity pages list it under that subgraph's alias, and
// a field from another subgraph there would null the whole part when that subgraph is down. The
// tables and record pages select the row and add their own fields.

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

/** What the overview's timeline and the map need to place and name an event. */
export const EventHeadline = graphql(`
  fragment EventHeadline on SecurityEvent {
    id
    title
    date
    datePrecision
    eventType
  }
`);

export const EventRow = graphql(`
  fragment EventRow on SecurityEvent {
    ...EventHeadline
    fatalities
    citations {
      ...CitationFields
    }
  }
`);

export const FacilityRow = graphql(`
  fragment FacilityRow on MilitaryFacility {
    id
    name
    kind
    status
    citations {
      ...CitationFields
    }
  }
`);

export const AgreementRow = graphql(`
  fragment AgreementRow on Agreement {
    id
    title
    signedOn
    datePrecision
    status
    instrumentType
    citations {
      ...CitationFields
    }
  }
`);

export const EngagementRow = graphql(`
  fragment EngagementRow on DiplomaticEngagement {
    id
    title
    startDate
    datePrecision
    kind
    citations {
      ...CitationFields
    }
  }
`);

export const ProjectRow = graphql(`
  fragment ProjectRow on EnergyProject {
    id
    name
    status
    capacityMw
    technologies
    citations {
      ...CitationFields
    }
  }
`);

// What a table and a record page both show of a record's parts.

export const EventDetail = graphql(`
  fragment EventDetail on SecurityEvent {
    dateEnd
    subEventType
    country {
      code
      name
    }
    place {
      id
      name
    }
    actors {
      role
      organization {
        id
        name
      }
    }
  }
`);

export const AgreementPartyFields = graphql(`
  fragment AgreementPartyFields on AgreementParty {
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
`);

export const EngagementDetail = graphql(`
  fragment EngagementDetail on DiplomaticEngagement {
    endDate
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
  }
`);

export const ProjectShareFields = graphql(`
  fragment ProjectShareFields on EnergyProject {
    countries {
      role
      capacityMw
      country {
        code
        name
      }
    }
    stakeholders {
      role
      organization {
        id
        name
      }
    }
  }
`);

/** What sources say about a field, when they differ: which value the record uses, and why. */
export const ClaimFields = graphql(`
  fragment ClaimFields on Claim {
    field
    value
    used
    reason
    citation {
      quote
      source {
        id
        publisher
      }
    }
  }
`);

/** Where a page of a paged list ends (the Pager's next cursor). */
export const PageFields = graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** The organisations a select offers (filters, forms). */
export const OrganizationChoices = graphql(`
  fragment OrganizationChoices on Query {
    organizations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** How the entity a page is about takes part in a record: its role, and through which organisation or person. */
export const InvolvementFields = graphql(`
  fragment InvolvementFields on Involvement {
    role
    organization {
      id
      name
    }
    person {
      id
      name
    }
  }
`);
