export { fill, namesFor, type Names } from './names.js';
export { newSubgraph, stepsFor, type Step } from './scaffold.js';
export { renderTemplate, templateFolder } from './template.js';
