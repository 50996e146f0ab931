import { subgraphCodegen } from '@pamir/graph/codegen';

// Resolver types for the reference subgraph. Parents are typed as the database rows resolvers receive;
// entities owned by other subgraphs are the bare keys (`{ id }`, `{ code }`) the gateway resolves.
export default subgraphCodegen({
  Country: '../db/schema.js#CountryRow',
  Place: '../db/schema.js#PlaceRow',
  Organization: '../db/schema.js#OrganizationRow',
  Person: '../db/schema.js#PersonRow',
  PersonRole: '../db/schema.js#PersonRoleRow',
  SourceDocument: '../db/schema.js#SourceDocumentRow',
  CountryConnection: '@pamir/graph#Connection<CountryRow>',
  PlaceConnection: '@pamir/graph#Connection<PlaceRow>',
  OrganizationConnection: '@pamir/graph#Connection<OrganizationRow>',
  PersonConnection: '@pamir/graph#Connection<PersonRow>',
  SourceDocumentConnection: '@pamir/graph#Connection<SourceDocumentRow>',
  Estimate: '../db/schema.js#EstimateRow',
  EstimateConnection: '@pamir/graph#Connection<EstimateRow>',
  Claim: '../db/schema.js#ClaimRow',
});
