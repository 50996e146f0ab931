import { runSubgraph } from '@pamir/server';
import { subgraph } from './app.js';
import { env } from './env.js';

runSubgraph(subgraph, env);
