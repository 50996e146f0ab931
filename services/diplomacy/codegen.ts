import { subgraphCodegen } from '@pamir/graph/codegen';

// Resolver types for the diplomacy subgraph. Parents are typed as the database rows resolvers receive;
// entities owned by other subgraphs are the bare keys (`{ id }`, `{ code }`) the gateway resolves.
export default subgraphCodegen({
  Agreement: '../db/schema.js#AgreementRow',
  AgreementParty: '../db/schema.js#AgreementPartyRow',
  DiplomaticEngagement: '../db/schema.js#EngagementRow',
  EngagementParticipant: '../db/schema.js#EngagementParticipantRow',
  AgreementConnection: '@pamir/graph#Connection<AgreementRow>',
  DiplomaticEngagementConnection: '@pamir/graph#Connection<EngagementRow>',
  Country: '@pamir/graph#CountryRef',
  Organization: '@pamir/graph#EntityRef',
  Person: '@pamir/graph#EntityRef',
  Place: '@pamir/graph#EntityRef',
  EnergyProject: '@pamir/graph#EntityRef',
  SourceDocument: '@pamir/graph#EntityRef',
});
