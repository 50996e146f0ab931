import { graphql } from '../../generated';

// One query per subgraph, so the markers of the subgraphs that answer are drawn even when one is down.

/** Where a marker goes. */
export const MapPlace = graphql(`
  fragment MapPlace on Place {
    id
    name
    location {
      latitude
      longitude
    }
  }
`);

export const MapEventsQuery = graphql(`
  query MapEvents($filter: SecurityEventFilter) {
    securityEvents(filter: $filter, first: 100) {
      totalCount
      nodes {
        ...EventHeadline
        fatalities
        place {
          ...MapPlace
        }
      }
    }
  }
`);

export const MapFacilitiesQuery = graphql(`
  query MapFacilities($filter: MilitaryFacilityFilter) {
    militaryFacilities(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        name
        kind
        status
        hostCountry {
          code
          isoNumeric
        }
        place {
          ...MapPlace
        }
      }
    }
  }
`);

export const MapProjectsQuery = graphql(`
  query MapProjects($filter: EnergyProjectFilter) {
    energyProjects(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        name
        status
        capacityMw
        place {
          ...MapPlace
        }
        countries {
          role
          country {
            code
            isoNumeric
            name
          }
        }
      }
    }
  }
`);

export const MapCountryQuery = graphql(`
  query MapCountry($code: ID!) {
    country(code: $code) {
      code
      name
      isoNumeric
    }
  }
`);
