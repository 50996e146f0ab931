export { defineSubgraph, type AuthContext, type Subgraph, type SubgraphDefinition } from './define.js';
export { accessShape, optionalUrl, parseEnv, port, subgraphEnv, type AccessConfig, type SubgraphConfig } from './env.js';
export { gatewaySecretHeader, serve, type Running, type ServeOptions } from './http.js';
export { runMain, stopOnSignals } from './lifecycle.js';
export { runSubgraph, subgraphSchema, subgraphServer } from './subgraph.js';
export { conflict, notFound, performWrite, type Current, type WriteSpec } from './write.js';
export { invalidFields, parseInput } from './input.js';
export { noPeers, peersAt, requireReferences, type EntityOwners, type NamedReference, type Peers } from './references.js';
