export { defineSubgraph, type AuthContext, type Subgraph, type SubgraphDefinition } from './define.js';
export { accessShape, limitsShape, optionalUrl, parseEnv, port, subgraphEnv, type AccessConfig, type SubgraphConfig } from './env.js';
export { gatewaySecretHeader, serve, type Running, type ServeOptions } from './http.js';
export { runMain, stopOnSignals } from './lifecycle.js';
export { runSubgraph, subgraphSchema, subgraphServer } from './subgraph.js';
export { audited, conflict, notFound, performWrite, writeRecord, type Current, type RecordWrite, type WriteSpec } from './write.js';
export { invalidFields, parseInput } from './input.js';
export { noPeers, peersAt, requireReferences, type EntityOwners, type NamedReference, type PeerName, type Peers } from './references.js';
