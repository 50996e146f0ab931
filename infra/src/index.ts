export {
  deployables,
  databaseUrlVariable,
  repositoryRoot,
  subgraphDeployables,
  type Deployable,
} from './deployables.js';
export { nodeImage, runtimeUser, workspaceFiles } from './dockerfile.js';
export { appSecretName, clusterName, secrets, supergraphConfigMap, supergraphMountPath } from './k8s.js';
export { generatedFiles, staleFiles, type GeneratedFile } from './files.js';
