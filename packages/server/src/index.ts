export { defineSubgraph, type AuthContext, type Subgraph, type SubgraphContext, type SubgraphDefinition } from './define.js';
export { recordType, type RecordType, type ReferenceMap, type VersionedTable } from './records/declaration.js';
export { loadCuratedRecords } from './records/curated.js';
export { namedReferences } from './records/references.js';
export { recordTypeProblems } from './records/schema-check.js';
export { readState, type Snapshot } from './records/state.js';
export { recordWrites, storeRecord, type WriteContext } from './records/writes.js';
export {
  accessShape,
  limitsShape,
  optionalUrl,
  parseEnv,
  port,
  subgraphEnv,
  subgraphUrls,
  subgraphUrlsShape,
  tracingConfig,
  tracingShape,
  type AccessConfig,
  type SubgraphConfig,
  type TracingConfig,
} from './env.js';
export { gatewaySecretHeader, requestIdHeader } from './headers.js';
export { defaultShutdownGraceMs, serve, type Running, type ServeOptions } from './http.js';
export { inRequest, log, nameLogs } from './log.js';
export { databaseMetrics, operationMetrics } from './metrics.js';
export { startTracing, tracer } from './tracing.js';
export { runMain, stopOnSignals } from './lifecycle.js';
export { runSubgraph, subgraphSchema, subgraphServer } from './subgraph.js';
export { audited, conflict, notFound, performWrite, staleVersion, writeRecord, type Current, type RecordWrite, type WriteSpec } from './write.js';
export { invalidFields, parseInput } from './input.js';
export { noPeers, peersAt, requireReferences, type EntityOwners, type NamedReference, type PeerName, type Peers } from './references.js';
