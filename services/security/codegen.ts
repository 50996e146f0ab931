import { subgraphCodegen } from '@pamir/graph/codegen';

// Resolver types for the security subgraph. Parents are typed as the database rows resolvers receive;
// entities owned by other subgraphs are the bare keys (`{ id }`, `{ code }`) the gateway resolves.
export default subgraphCodegen({
  SecurityEvent: '../db/schema.js#SecurityEventRow',
  EventActor: '../db/schema.js#SecurityEventActorRow',
  MilitaryFacility: '../db/schema.js#MilitaryFacilityRow',
  ReportedAmount: '../db/schema.js#ReportedCostRow',
  Claim: '../db/schema.js#ClaimRow',
  SecurityEventConnection: '@pamir/graph#Connection<SecurityEventRow>',
  MilitaryFacilityConnection: '@pamir/graph#Connection<MilitaryFacilityRow>',
  Country: '@pamir/graph#CountryRef',
  Place: '@pamir/graph#EntityRef',
  Organization: '@pamir/graph#EntityRef',
  SourceDocument: '@pamir/graph#EntityRef',
  Person: '@pamir/graph#EntityRef',
});
