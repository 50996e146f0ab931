import { subgraphCodegen } from '@pamir/graph/codegen';

// Resolver types for the energy subgraph. Parents are typed as the database rows resolvers receive;
// entities owned by other subgraphs are the bare keys (`{ id }`, `{ code }`) the gateway resolves.
export default subgraphCodegen({
  EnergyProject: '../db/schema.js#EnergyProjectRow',
  ProjectCountry: '../db/schema.js#ProjectCountryRow',
  ProjectStakeholder: '../db/schema.js#ProjectStakeholderRow',
  Milestone: '../db/schema.js#MilestoneRow',
  EnergyTarget: '../db/schema.js#EnergyTargetRow',
  EnergyProjectConnection: '@pamir/graph#Connection<EnergyProjectRow>',
  Country: '@pamir/graph#CountryRef',
  Organization: '@pamir/graph#EntityRef',
  Place: '@pamir/graph#EntityRef',
  SourceDocument: '@pamir/graph#EntityRef',
  Person: '@pamir/graph#EntityRef',
});
