export { claimCitation, claimLoader, claimRows, claimSchema, type Claim } from './claims.js';
export { citationLoader, citationOf, citationTable, readCitations, replaceCitations, type CitationInput, type CitationTable, type CitationValue } from './citations.js';
export { arrayText, between, containsText, hasChildIn, namedAs, normalName, oneOf, overlaps, unlessArchived } from './filters.js';
export { involvementLoader, involving, type InvolvementSource, type InvolvementValue } from './involvement.js';
export { installGenerationTriggers, readGeneration } from './generation.js';
export { afterCursor, listPage, orderOf, type KeysetOrder } from './keyset.js';
export { listPagesOf, parentKey, parentPagesLoader, type ListArgs } from './parent-pages.js';
export { groupBy, groupLoader, rowLoader } from './loaders.js';
export { databaseLocation } from './location.js';
export { isDatabaseUnavailable } from './unavailable.js';
export {
  DatabaseOpenError,
  openDatabase,
  rowsOf,
  type Database,
  type DatabaseHandle,
  type DatabaseLocation,
} from './open.js';
export type { StatementObserver } from './statements.js';
export { DataFileError, readDataFile, seedOnce } from './seed.js';
export * as fields from './fields.js';
export { replaceChildren, upsertAll } from './upsert.js';
export {
  auditLog,
  auditOutcomes,
  changedFields,
  editedIds,
  listAuditLog,
  recordAudit,
  recordRevision,
  revisionLoader,
  revisions,
  versionColumns,
  writeOperations,
  type AuditEntryRow,
  type AuditOutcome,
  type RevisionRow,
  type WriteOperation,
} from './writes.js';
