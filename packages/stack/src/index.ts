export { defaultPorts, entryPoint, subgraphs, type ProcessName, type Subgraph } from './processes.js';
export { startStack, type Ended, type Stack, type StackOptions } from './stack.js';
