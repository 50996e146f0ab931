export { defineSubgraph, type Subgraph, type SubgraphDefinition } from './define.js';
export { optionalUrl, parseEnv, port, subgraphEnv, type SubgraphConfig } from './env.js';
export { serve, type Running, type ServeOptions } from './http.js';
export { runMain, stopOnSignals } from './lifecycle.js';
export { runSubgraph, subgraphSchema, subgraphServer } from './subgraph.js';
