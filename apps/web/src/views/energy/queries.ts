import { graphql } from '../../generated';

export const EnergyProjectsPageQuery = graphql(`
  query EnergyProjectsPage($filter: EnergyProjectFilter, $first: Int!, $after: String) {
    energyProjects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      nodes {
        ...ProjectRow
        ...ProjectShareFields
        kind
        storageMwh
      }
    }
  }
`);

export const EnergyCapacityChartQuery = graphql(`
  query EnergyCapacityChart($filter: EnergyProjectFilter) {
    energyProjects(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        status
        technologies
        capacityMw
      }
    }
  }
`);

/** Each national target, and the projects in that country that could count towards it. */
export const EnergyTargetsQuery = graphql(`
  query EnergyTargets($filter: EnergyTargetFilter) {
    energyTargets(filter: $filter) {
      id
      capacityMw
      byYear
      technologies
      description
      citations {
        ...CitationFields
      }
      country {
        code
        name
        energyProjects(first: 100) {
          nodes {
            id
            name
            status
            technologies
            capacityMw
            countries {
              role
              capacityMw
              country {
                code
              }
            }
          }
        }
      }
    }
  }
`);

export const StakeholderOptionsQuery = graphql(`
  query StakeholderOptions {
    organizations(first: 100, filter: { kinds: [COMPANY, FINANCIAL_INSTITUTION, STATE_BODY, INTERGOVERNMENTAL] }) {
      nodes {
        id
        name
      }
    }
  }
`);
