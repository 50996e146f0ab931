export { involvedEntity, involvedKinds, requireBatch, requireId, requireRange, searchTerm, type Involved } from './arguments.js';
export {
  decodeCursor,
  defaultPageSize,
  encodeCursor,
  maxPageSize,
  pageRequest,
  toConnection,
  type Connection,
  type PageRequest,
} from './connection.js';
export { DateScalar, isIsoDate } from './date.js';
export { badInput, formatError, type ErrorCode } from './errors.js';
export { commonTypeDefs } from './sdl.js';
export type { CountryRef, EntityRef } from './references.js';
export { DateTimeScalar, JSONScalar } from './scalars.js';
