import { replaceCitations } from '@pamir/db';
import { eq, sql } from 'drizzle-orm';
import { organizationRecord, type OrganizationRecord } from '../../data/records.js';
import * as schema from '../../db/schema.js';
import { archivedPart, citationReferences, citationsOf, setArchived } from './shared.js';
import type { Writable } from './writable.js';

const t = schema.organizations;

export const organizations: Writable<OrganizationRecord, schema.OrganizationRow> = {
  recordType: 'Organization',
  record: organizationRecord,

  async read(db, id) {
    const [row] = await db.select().from(t).where(eq(t.id, id)).for('update');
    if (!row) return undefined;
    const snapshot = {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      kind: row.kind,
      country: row.countryCode,
      outsideKnowledge: row.outsideKnowledge,
      citations: await citationsOf(db, schema.organizationCitations, id),
      ...archivedPart(row),
    };
    return { version: row.version, snapshot };
  },

  async write(db, { citations, country, ...organization }, version, exists) {
    const values = {
      ...organization,
      countryCode: country ?? null,
      outsideKnowledge: organization.outsideKnowledge ?? null,
      version,
      updatedAt: sql`now()`,
    };
    if (exists) await db.update(t).set(values).where(eq(t.id, organization.id));
    else await db.insert(t).values(values);
    await replaceCitations(db, schema.organizationCitations, [{ id: organization.id, citations }]);
  },

  setArchived: (db, id, version, archived) => setArchived(db, t, t.id, id, version, archived),

  load: async (db, id) => (await db.select().from(t).where(eq(t.id, id)))[0],

  references: (record, argument) => [
    ...(record.country ? [{ path: `${argument}.country`, typename: 'Country', key: { code: record.country } }] : []),
    ...citationReferences(record.citations, argument),
  ],
};
