export { optionalUrl, parseEnv, port } from './env.js';
export { serve, type Running, type ServeOptions } from './http.js';
export { runMain, stopOnSignals } from './lifecycle.js';
export { runSubgraph, subgraphSchema, subgraphServer, type SubgraphProcess } from './subgraph.js';
