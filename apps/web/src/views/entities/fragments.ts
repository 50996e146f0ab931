import { graphql } from '../../generated';

// What an entity page lists of each kind of record: enough to recognise it, and its sources.

export const EventListItem = graphql(`
  fragment EventListItem on SecurityEvent {
    id
    title
    date
    datePrecision
    eventType
    fatalities
    citations {
      ...CitationFields
    }
  }
`);

export const FacilityListItem = graphql(`
  fragment FacilityListItem on MilitaryFacility {
    id
    name
    kind
    status
    citations {
      ...CitationFields
    }
  }
`);

export const AgreementListItem = graphql(`
  fragment AgreementListItem on Agreement {
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

export const EngagementListItem = graphql(`
  fragment EngagementListItem on DiplomaticEngagement {
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

export const ProjectListItem = graphql(`
  fragment ProjectListItem on EnergyProject {
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
