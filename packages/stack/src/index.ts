export { defaultPorts, entryPoint, subgraphs, subgraphUrlVariables, type PerProcess, type ProcessName, type Subgraph } from './processes.js';
export { startStack, type Ended, type Stack, type StackOptions } from './stack.js';
