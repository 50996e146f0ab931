import { involvedEntity } from '@pamir/graph';
import type {
  EnergyProjectResolvers,
  MilestoneResolvers,
  ProjectCountryResolvers,
  ProjectStakeholderResolvers,
} from '../generated/graphql.js';

// EnergyProject and the small records that belong to it. Every nested list goes through a
// per-request loader, so a page of projects costs one statement per kind of list.

export const EnergyProject: EnergyProjectResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.energyProject.load(ref.id),
  countries: (project, _, { loaders }) => loaders.projectCountries.load(project.id),
  stakeholders: (project, _, { loaders }) => loaders.projectStakeholders.load(project.id),
  place: (project) => (project.placeId ? { id: project.placeId } : null),
  milestones: (project, _, { loaders }) => loaders.milestones.load(project.id),
  citations: (project, _, { loaders }) => loaders.citations.energyProject.load(project.id),
  // `of` is required, so involvedEntity returns an entity or throws.
  involvement: (project, { of }, { loaders }) =>
    loaders.energyProjectInvolvement(involvedEntity(of, 'of')!).load(project.id),
};

export const ProjectCountry: ProjectCountryResolvers = {
  country: (row) => ({ code: row.countryCode }),
};

export const ProjectStakeholder: ProjectStakeholderResolvers = {
  organization: (row) => ({ id: row.organizationId }),
  organizationCountry: (row) => (row.organizationCountryCode ? { code: row.organizationCountryCode } : null),
};

export const Milestone: MilestoneResolvers = {
  citations: (milestone, _, { loaders }) => loaders.citations.milestone.load(milestone.id),
};
