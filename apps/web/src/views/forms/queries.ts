import { graphql } from '../../generated';

// The write forms' operations. Variables are named after the arguments (`$input`, `$patch`), so a
// value the gateway refuses while reading the request is reported at the same path
// (`input.date`) as the subgraph's own checks use.

/** What the new-event form offers in its selects, from the reference subgraph. */
export const EventFormOptionsQuery = graphql(`
  query EventFormOptions {
    ...OrganizationChoices
    sourceDocuments(first: 100) {
      nodes {
        id
        title
        publisher
        publishedOn
        datePrecision
      }
    }
  }
`);

/** Places in the chosen country, for the place select. */
export const EventFormPlacesQuery = graphql(`
  query EventFormPlaces($country: ID!) {
    places(filter: { countries: [$country] }, first: 100) {
      nodes {
        id
        name
        admin1
      }
    }
  }
`);

export const CreateSecurityEventMutation = graphql(`
  mutation CreateSecurityEvent($input: SecurityEventInput!) {
    createSecurityEvent(input: $input) {
      id
      title
      version
    }
  }
`);

/** A project's status and its history of writes: what the status form shows, and reads again after a change. */
export const ProjectStatusFields = graphql(`
  fragment ProjectStatusFields on EnergyProject {
    id
    status
    version
    updatedAt
    revisions {
      version
      operation
      changedBy
      changedAt
      changedFields
    }
  }
`);

export const ProjectStatusQuery = graphql(`
  query ProjectStatus($id: ID!) {
    energyProject(id: $id) {
      name
      ...ProjectStatusFields
    }
  }
`);

export const UpdateProjectStatusMutation = graphql(`
  mutation UpdateProjectStatus($id: ID!, $version: Int!, $patch: EnergyProjectPatch!) {
    updateEnergyProject(id: $id, version: $version, patch: $patch) {
      ...ProjectStatusFields
    }
  }
`);
