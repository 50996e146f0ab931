import { readFileSync } from 'node:fs';
import { supergraphPath } from './compose.js';

export {
  apiSchemaPath,
  composeSupergraph,
  subgraphNames,
  subgraphSdl,
  supergraphPath,
  type SubgraphName,
} from './compose.js';

/** The committed supergraph SDL, as the gateway loads it. */
export function readSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}
