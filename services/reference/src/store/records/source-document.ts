import { eq, sql } from 'drizzle-orm';
import { sourceDocumentRecord, type SourceDocumentRecord } from '../../data/records.js';
import * as schema from '../../db/schema.js';
import { archivedPart, setArchived } from './shared.js';
import type { Writable } from './writable.js';

const t = schema.sourceDocuments;

// Source documents are the sources: they cite nothing and name no other record.
export const sourceDocuments: Writable<SourceDocumentRecord, schema.SourceDocumentRow> = {
  recordType: 'SourceDocument',
  record: sourceDocumentRecord,

  async read(db, id) {
    const [row] = await db.select().from(t).where(eq(t.id, id)).for('update');
    if (!row) return undefined;
    const snapshot = {
      id: row.id,
      title: row.title,
      publisher: row.publisher,
      originalPublisher: row.originalPublisher,
      author: row.author,
      publishedOn: row.publishedOn,
      datePrecision: row.datePrecision,
      url: row.url,
      dateNote: row.dateNote,
      file: row.file,
      section: row.section,
      ...archivedPart(row),
    };
    return { version: row.version, snapshot };
  },

  async write(db, document, version, exists) {
    const values = {
      ...document,
      originalPublisher: document.originalPublisher ?? null,
      author: document.author ?? null,
      url: document.url ?? null,
      dateNote: document.dateNote ?? null,
      file: document.file ?? null,
      section: document.section ?? null,
      version,
      updatedAt: sql`now()`,
    };
    if (exists) await db.update(t).set(values).where(eq(t.id, document.id));
    else await db.insert(t).values(values);
  },

  setArchived: (db, id, version, archived) => setArchived(db, t, t.id, id, version, archived),

  load: async (db, id) => (await db.select().from(t).where(eq(t.id, id)))[0],

  references: () => [],
};
