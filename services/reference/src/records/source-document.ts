import { fields, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// A source document: its data-file shape (which writes are held to) and its row. Sources are what
// every other record cites; they cite nothing and name no other record.

const t = schema.sourceDocuments;

export const sourceDocumentRecord = z.strictObject({
  id: fields.slug,
  title: fields.text,
  publisher: fields.text,
  originalPublisher: z.string().nullish(),
  author: z.string().nullish(),
  publishedOn: fields.isoDate,
  datePrecision: fields.datePrecision,
  url: z.string().url().nullish(),
  dateNote: z.string().nullish(),
  file: z.string().nullish(),
  section: z.number().int().nonnegative().nullish(),
});
export type SourceDocumentRecord = z.infer<typeof sourceDocumentRecord>;

export const sourceDocument = recordType({
  type: 'SourceDocument',
  input: sourceDocumentRecord,
  table: t,
  column: t.id,
  references: {},

  async read(db: Database, id: string): Promise<SourceDocumentRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    return {
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
    };
  },

  async write(tx, documents) {
    await upsertAll(
      tx,
      t,
      [t.id],
      documents.map((document) => ({
        id: document.id,
        title: document.title,
        publisher: document.publisher,
        originalPublisher: document.originalPublisher ?? null,
        author: document.author ?? null,
        publishedOn: document.publishedOn,
        datePrecision: document.datePrecision,
        url: document.url ?? null,
        dateNote: document.dateNote ?? null,
        file: document.file ?? null,
        section: document.section ?? null,
      })),
    );
  },
});
