export { defaultPorts, entryPoint, subgraphs, type ProcessName, type Subgraph } from './processes.js';
export { startStack, type Stack, type StackOptions } from './stack.js';
