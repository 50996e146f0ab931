// The committed supergraph and what it says, without loading composition: for processes that
// only read it (a subgraph at start learns from it who owns each entity type).
export { apiSchemaPath, readSupergraph, supergraphPath } from './files.js';
export { committedEntityOwners, entityOwners, type EntityOwnerNames } from './owners.js';
