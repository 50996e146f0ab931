import { fields, readCitations, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// An organisation: its data-file shape (which writes are held to), its rows, its references.

const t = schema.organizations;

export const organizationRecord = z.strictObject({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  kind: z.enum(schema.organizationKind.enumValues),
  country: fields.countryCode.nullish(),
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});
export type OrganizationRecord = z.infer<typeof organizationRecord>;

export const organization = recordType({
  type: 'Organization',
  input: organizationRecord,
  table: t,
  column: t.id,
  references: { country: 'Country.code', 'citations.*.source': 'SourceDocument' },

  async read(db: Database, id: string): Promise<OrganizationRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      kind: row.kind,
      country: row.countryCode,
      outsideKnowledge: row.outsideKnowledge,
      citations: await readCitations(db, schema.organizationCitations, id),
    };
  },

  async write(tx, organizations) {
    await upsertAll(
      tx,
      t,
      [t.id],
      organizations.map((organization) => ({
        id: organization.id,
        name: organization.name,
        aliases: organization.aliases,
        kind: organization.kind,
        countryCode: organization.country ?? null,
        outsideKnowledge: organization.outsideKnowledge ?? null,
      })),
    );
    await replaceCitations(tx, schema.organizationCitations, organizations);
  },
});
