export { citationLoader, citationTable, writeCitations, type CitationInput, type CitationTable, type CitationValue } from './citations.js';
export { afterCursor, orderOf, type KeysetOrder } from './keyset.js';
export { groupLoader, rowLoader } from './loaders.js';
export { databaseLocation } from './location.js';
export {
  DatabaseOpenError,
  openDatabase,
  rowsOf,
  type Database,
  type DatabaseHandle,
  type DatabaseLocation,
} from './open.js';
export { DataFileError, readDataFile, seedOnce } from './seed.js';
