export {
  defaultUrl,
  parseSubgraphList,
  readSubgraphList,
  schemaFile,
  subgraphListPath,
  subgraphNamed,
  subgraphNames,
  subgraphs,
  urlVariable,
  variablePrefix,
  type SubgraphEntry,
} from './list.js';
