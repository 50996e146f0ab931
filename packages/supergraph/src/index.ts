export { composeSupergraph, subgraphSdl } from './compose.js';
export { apiSchemaPath, readSupergraph, supergraphPath } from './files.js';
export { committedEntityOwners, entityOwners, type EntityOwnerNames } from './owners.js';
